package com.smpacademy.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import com.smpacademy.common.InvalidInputException;
import com.smpacademy.course.CourseModel;
import com.smpacademy.course.CourseService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deep Linking 2.0: what an instructor may pick (each course, its modules and quizzes) and the signed
 * {@code LtiDeepLinkingResponse} that hands the choice back to the LMS, one {@code ltiResourceLink} per item, with
 * a line item (score out of 100) for the gradable ones so the LMS makes a gradebook column.
 */
@Service
class DeepLinkingService {

    record Choice(String key, String kind, String title, boolean gradable) {
    }

    record ChoiceGroup(String courseTitle, List<Choice> choices) {
    }

    record Response(String returnUrl, String jwt, int items) {
    }

    private final CourseService courses;
    private final PlatformStore platforms;
    private final ToolKeys keys;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String publicUrl;

    DeepLinkingService(CourseService courses, PlatformStore platforms, ToolKeys keys, AuditService audit,
                       CurrentUser currentUser, Clock clock,
                       @Value("${academy.public-url:http://localhost:8080}") String publicUrl) {
        this.courses = courses;
        this.platforms = platforms;
        this.keys = keys;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    List<ChoiceGroup> choices() {
        List<ChoiceGroup> groups = new ArrayList<>();
        for (CourseModel.Course c : courses.catalogCourses()) {
            List<Choice> list = new ArrayList<>();
            list.add(new Choice(LtiTarget.course(c.id()).key(), "Course", c.title(), true));
            for (CourseModel.Module m : c.modules()) {
                list.add(new Choice(LtiTarget.module(c.id(), m.id()).key(), "Module", m.title(), true));
                if (m.quiz() != null) {
                    list.add(new Choice(LtiTarget.quiz(c.id(), m.id()).key(), "Quiz", m.quiz().title(), true));
                }
            }
            groups.add(new ChoiceGroup(c.title(), list));
        }
        return groups;
    }

    /**
     * Signs the response for the chosen targets. {@code toolOrigin} is where the LMS reaches this tool (the launch
     * URL of every item). Error field {@code items} when nothing (or too much) was chosen.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    @Transactional
    Response respond(LaunchService.DeepLinkRequest request, List<String> targetKeys, String toolOrigin) {
        List<LtiTarget> targets = targetKeys.stream().map(LtiTarget::parse).flatMap(java.util.Optional::stream)
                .filter(t -> t.path(courses).isPresent()).distinct().toList();
        if (targets.isEmpty()) {
            throw InvalidInputException.of("items", "Choose at least one course, module or quiz to add.");
        }
        if (!request.acceptMultiple() && targets.size() > 1) {
            throw InvalidInputException.of("items", "This LMS takes one item at a time: choose just one.");
        }
        LtiPlatform platform = platforms.find(request.platformId()).orElseThrow(() ->
                InvalidInputException.of("items", "The LMS connection was removed. Start again from the LMS."));
        List<Map<String, Object>> items = new ArrayList<>();
        for (LtiTarget t : targets) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", "ltiResourceLink");
            item.put("title", t.title(courses));
            item.put("url", toolOrigin + LtiEndpoints.LAUNCH);
            item.put("custom", Map.of(LtiClaims.CUSTOM_TARGET, t.key()));
            if (t.gradable() && request.acceptLineItem()) {
                item.put("lineItem", Map.of("scoreMaximum", 100, "label", t.title(courses), "resourceId", t.key(),
                        "tag", "smp-academy"));
            }
            items.add(item);
        }
        var now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(platform.clientId())
                .audience(platform.issuer()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).jwtID(UUID.randomUUID().toString())
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.DEPLOYMENT_ID, request.deploymentId())
                .claim(LtiClaims.DL_CONTENT_ITEMS, items)
                .claim(LtiClaims.DL_MSG, items.size() == 1 ? "Added " + items.get(0).get("title")
                        : "Added " + items.size() + " SMP Academy items");
        if (request.data() != null) {
            claims.claim(LtiClaims.DL_DATA, request.data());
        }
        var me = currentUser.require();
        audit.record(AuditEntry.of(AuditAction.LTI_DEEP_LINK_RETURNED, me.id(), me.email())
                .target("lti-platform", platform.id(), platform.name())
                .details(String.join(", ", targets.stream().map(LtiTarget::key).toList())));
        return new Response(request.returnUrl(), keys.sign(claims.build()), items.size());
    }
}
