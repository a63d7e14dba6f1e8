package com.smpacademy.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.account.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small rules of the LTI feature, without Spring. */
class LtiRulesTest {

    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";

    @Test
    void ltiRolesMapToOursWithAdminOnlyWhereAllowed() {
        assertThat(LtiRoles.toRole(List.of(LIS + "membership#Learner"), true)).isEqualTo(Role.TRAINEE);
        assertThat(LtiRoles.toRole(List.of(LIS + "membership#Instructor"), false)).isEqualTo(Role.INSTRUCTOR);
        assertThat(LtiRoles.toRole(List.of(LIS + "membership#ContentDeveloper"), false)).isEqualTo(Role.INSTRUCTOR);
        assertThat(LtiRoles.toRole(List.of(LIS + "institution/person#Administrator"), false))
                .isEqualTo(Role.INSTRUCTOR);
        assertThat(LtiRoles.toRole(List.of(LIS + "system/person#Administrator"), true)).isEqualTo(Role.ADMIN);
        // a teaching assistant is a sub-role of Instructor, not the principal role
        assertThat(LtiRoles.toRole(List.of(LIS + "membership/Instructor#TeachingAssistant"), false))
                .isEqualTo(Role.TRAINEE);
        assertThat(LtiRoles.toRole(List.of(), false)).isEqualTo(Role.TRAINEE);
    }

    @Test
    void theScoresEndpointIsTheLineItemPathPlusScoresKeepingItsQuery() {
        assertThat(GradePassback.scoresUrl("https://lms.example/li/7?type_id=3"))
                .isEqualTo("https://lms.example/li/7/scores?type_id=3");
        assertThat(GradePassback.scoresUrl("https://lms.example/li/7/")).isEqualTo("https://lms.example/li/7/scores");
    }

    @Test
    void targetsReadFromKeysAndAppUrls() {
        assertThat(LtiTarget.parse("quiz:c/m")).contains(LtiTarget.quiz("c", "m"));
        assertThat(LtiTarget.parse("module:c/m").orElseThrow().key()).isEqualTo("module:c/m");
        assertThat(LtiTarget.parse("quiz:c")).isEmpty();
        assertThat(LtiTarget.parse("nonsense")).isEmpty();
        assertThat(LtiTarget.fromAppUrl("https://academy.example/quiz/c/m")).contains(LtiTarget.quiz("c", "m"));
        assertThat(LtiTarget.fromAppUrl("https://academy.example/courses/c")).contains(LtiTarget.course("c"));
        assertThat(LtiTarget.fromAppUrl("https://academy.example/lti/launch")).isEmpty();
    }

    @Test
    void aPlatformMayFrameFromItsIssuerItsAuthorisationHostAndTheAddressesGiven() {
        LtiPlatform p = new LtiPlatform(1, "Canvas", "https://canvas.instructure.com", "1", List.of("d"),
                "https://sso.canvaslms.com/api/lti/authorize_redirect", "https://sso.canvaslms.com/login/oauth2/token",
                "https://sso.canvaslms.com/api/lti/security/jwks", List.of("https://school.instructure.com/"), false,
                false);
        assertThat(p.origins()).isEqualTo(Set.of("https://canvas.instructure.com", "https://sso.canvaslms.com",
                "https://school.instructure.com"));
    }

    @Test
    void theLtiPagesPolicyAllowsOnlyRegisteredFramersAndTheReturnUrlAsFormTarget() {
        assertThat(LtiPages.policy(Set.of(), "")).contains("frame-ancestors 'none'").contains("form-action 'self';");
        assertThat(LtiPages.policy(Set.of("https://lms.example"), "https://lms.example"))
                .contains("frame-ancestors https://lms.example").contains("form-action 'self' https://lms.example");
    }
}
