package com.smpacademy.lti;

import com.smpacademy.account.Role;
import java.util.List;

/**
 * LTI roles (LIS vocabulary, LTI 1.3 core A.2) to ours: Instructor or ContentDeveloper → instructor, an
 * Administrator (system, institution or context) → admin only where the admin allowed it for that LMS, else
 * instructor; everything else, Learner included → trainee.
 */
final class LtiRoles {

    private LtiRoles() {
    }

    static Role toRole(List<String> roles, boolean allowAdmin) {
        boolean admin = roles.stream().anyMatch(r -> r.endsWith("#Administrator") || r.equals("Administrator"));
        if (admin && allowAdmin) {
            return Role.ADMIN;
        }
        boolean teaches = roles.stream().anyMatch(r -> is(r, "Instructor") || is(r, "ContentDeveloper"));
        return teaches || admin ? Role.INSTRUCTOR : Role.TRAINEE;
    }

    /** Full URI ({@code ...membership#Instructor}), sub-role ({@code ...membership/Instructor#TeachingAssistant}
     * is not the principal role) or the deprecated short form. */
    private static boolean is(String role, String name) {
        return role.equals(name) || role.equals("http://purl.imsglobal.org/vocab/lis/v2/membership#" + name)
                || role.equals("http://purl.imsglobal.org/vocab/lis/v2/institution/person#" + name)
                || role.equals("http://purl.imsglobal.org/vocab/lis/v2/system/person#" + name);
    }

    static boolean isLearnerOnly(List<String> roles) {
        return toRole(roles, false) == Role.TRAINEE;
    }
}
