package com.smpacademy.lti;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.AccountService;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.account.Role;
import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import com.smpacademy.common.RuleViolationException;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * LMS courses linked to cohorts, for instructors and admins: the list, the roster sync through Names and Role
 * Provisioning Services 2.0, and the grade-passback queue admins watch.
 */
@Service
public class LtiCourseService {

    /** An LMS course as the pages show it. */
    public record LmsCourse(long id, String platformName, String title, long cohortId, boolean canSync,
                            @Nullable Instant lastSyncedAt) {
    }

    /** What a roster sync changed. */
    public record SyncResult(int members, int added, int removed, int accountsCreated) {
    }

    /** A score not yet accepted by the LMS, with why. */
    public record PendingScore(long id, String platformName, String subject, double scoreGiven, int attempts,
                               Instant nextAttemptAt, @Nullable String lastError) {
    }

    static final String MEMBERSHIP_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

    private final LinkStore links;
    private final PlatformStore platforms;
    private final PlatformTokens tokens;
    private final LtiHttp http;
    private final AccountService accounts;
    private final CohortService cohorts;
    private final ScoreOutbox outbox;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    LtiCourseService(LinkStore links, PlatformStore platforms, PlatformTokens tokens, LtiHttp http,
                     AccountService accounts, CohortService cohorts, ScoreOutbox outbox, AuditService audit,
                     CurrentUser currentUser, Clock clock) {
        this.links = links;
        this.platforms = platforms;
        this.tokens = tokens;
        this.http = http;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.outbox = outbox;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Admins: every linked LMS course; instructors: those whose cohort they belong to. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<LmsCourse> myLmsCourses() {
        AccountPrincipal me = currentUser.require();
        Map<Long, String> names = new HashMap<>();
        platforms.all().forEach(p -> names.put(p.id(), p.name()));
        return links.contexts().stream()
                .filter(c -> me.role() == Role.ADMIN || cohorts.memberIds(c.cohortId()).contains(me.id()))
                .map(c -> new LmsCourse(c.id(), names.getOrDefault(c.platformId(), "?"), c.title(), c.cohortId(),
                        c.membershipsUrl() != null, c.lastSyncedAt()))
                .toList();
    }

    /**
     * Makes the cohort's LMS-linked members match the LMS course's active members: adds those missing (creating
     * and linking accounts as a launch would), removes those the LMS no longer lists. Members added by hand here,
     * with no link to this LMS, stay.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    @Transactional
    public SyncResult syncMembers(long lmsCourseId) {
        AccountPrincipal me = currentUser.require();
        LinkStore.Context ctx = links.context(lmsCourseId)
                .orElseThrow(() -> new RuleViolationException("This LMS course is no longer linked."));
        if (me.role() != Role.ADMIN && !cohorts.memberIds(ctx.cohortId()).contains(me.id())) {
            throw new AccessDeniedException("Only the course's instructors can sync its members.");
        }
        if (ctx.membershipsUrl() == null) {
            throw new RuleViolationException("The LMS did not offer its member list for this course (Names and "
                    + "Role Provisioning Services is off for the tool). Turn it on in the LMS, launch once, retry.");
        }
        LtiPlatform platform = platforms.find(ctx.platformId())
                .orElseThrow(() -> new RuleViolationException("The LMS connection was removed."));
        List<Map<String, Object>> members;
        try {
            members = fetchMembers(platform, ctx.membershipsUrl());
        } catch (IOException e) {
            throw new RuleViolationException("The LMS member list could not be read: " + e.getMessage());
        }
        Set<Long> current = cohorts.memberIds(ctx.cohortId());
        Set<Long> listed = new HashSet<>();
        int added = 0;
        int created = 0;
        for (Map<String, Object> m : members) {
            String sub = LaunchService.str(m.get("user_id"));
            String status = Optional.ofNullable(LaunchService.str(m.get("status"))).orElse("Active");
            if (sub == null || !status.equals("Active")) {
                continue;
            }
            Optional<Long> linked = links.linkedAccount(platform.id(), sub);
            long accountId;
            if (linked.isPresent()) {
                accountId = linked.get();
            } else {
                String fallback = "lti-" + LaunchStates.hash(platform.id() + "/" + sub).substring(0, 16) + "@"
                        + LtiPlatform.origin(platform.issuer()).replaceFirst("^https?://", "").replace(':', '-')
                        + ".lti.invalid";
                Role role = LtiRoles.toRole(LaunchService.stringList(m.get("roles")), platform.allowAdmin());
                accountId = accounts.createExternalAccount(LaunchService.str(m.get("name")),
                        LaunchService.str(m.get("email")), fallback, role, platform.name()).getId();
                links.link(platform.id(), sub, accountId, clock.instant());
                created++;
            }
            listed.add(accountId);
            if (!current.contains(accountId)
                    && cohorts.addMemberForIntegration(ctx.cohortId(), accountId, platform.name() + " roster")) {
                added++;
            }
        }
        int removed = 0;
        for (long memberId : current) {
            boolean fromThisLms = !links.subjects(platform.id(), memberId).isEmpty();
            if (fromThisLms && !listed.contains(memberId)
                    && cohorts.removeMemberForIntegration(ctx.cohortId(), memberId, platform.name() + " roster")) {
                removed++;
            }
        }
        links.markSynced(ctx.id(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.LTI_ROSTER_SYNCED, me.id(), me.email())
                .target("cohort", ctx.cohortId(), ctx.title())
                .details(members.size() + " listed, " + added + " added, " + removed + " removed"));
        return new SyncResult(listed.size(), added, removed, created);
    }

    /** Scores the LMS has not accepted yet, newest first. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PendingScore> pendingScores() {
        Map<Long, String> names = new HashMap<>();
        platforms.all().forEach(p -> names.put(p.id(), p.name()));
        return outbox.unsent().stream().map(e -> new PendingScore(e.id(), names.getOrDefault(e.platformId(), "?"),
                e.subject(), e.scoreGiven(), e.attempts(), e.nextAttemptAt(), e.lastError())).toList();
    }

    /** Tries a queued score again at the next run. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void retryNow(long scoreId) {
        outbox.retryNow(scoreId);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> fetchMembers(LtiPlatform platform, String url) throws IOException {
        String token = tokens.token(platform, LtiClaims.SCOPE_NRPS);
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        String next = url;
        for (int page = 0; next != null && page < 100; page++) {
            LtiHttp.Response r = http.get(next, MEMBERSHIP_TYPE, token);
            if (!r.ok()) {
                throw new IOException("HTTP " + r.status());
            }
            try {
                Object members = JSONObjectUtils.parse(r.body()).get("members");
                if (members instanceof List<?> list) {
                    list.forEach(m -> {
                        if (m instanceof Map<?, ?> map) {
                            all.add((Map<String, Object>) map);
                        }
                    });
                }
            } catch (ParseException e) {
                throw new IOException("The member list is not JSON");
            }
            next = null;
            for (String link : r.headers().allValues("Link")) {
                Matcher m = NEXT.matcher(link);
                if (m.find()) {
                    next = m.group(1);
                }
            }
        }
        return all;
    }
}
