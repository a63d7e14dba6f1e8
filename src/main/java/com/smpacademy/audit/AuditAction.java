package com.smpacademy.audit;

/** What was done. Each feature adds the actions it audits; the admin audit view filters by these. */
public enum AuditAction {
    ACCOUNT_REGISTERED("Trainee registered"),
    ACCOUNT_CREATED("Account created by admin"),
    ROLE_CHANGED("Role changed"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled"),
    PASSWORD_CHANGED("Password changed"),
    PASSWORD_RESET_REQUESTED("Password reset requested"),
    PASSWORD_RESET("Password reset with an e-mailed link"),
    PASSWORD_SET_FROM_INVITATION("Password chosen from an invitation"),
    LOGIN_SUCCEEDED("Logged in"),
    LOGIN_LOCKED_OUT("Login locked after repeated failures"),
    LOGIN_REFUSED_LOCKED("Login refused: locked out"),
    COHORT_CREATED("Cohort created"),
    COHORT_MEMBER_ADDED("Added to cohort"),
    COHORT_MEMBER_REMOVED("Removed from cohort"),
    ADMIN_BOOTSTRAPPED("First admin created"),
    COURSE_PACKS_RELOADED("Course packs reloaded"),
    PRACTICE_APPROVED("Practice entry approved"),
    PRACTICE_CHANGES_REQUESTED("Practice entry: changes requested"),
    PRACTICE_REJECTED("Practice entry rejected"),
    PRACTICAL_ASSESSED("Practical assessment recorded"),
    CERTIFICATE_ISSUED("Certificate issued"),
    CERTIFICATE_REVOKED("Certificate revoked"),
    CERTIFICATE_RENEWED("Certificate renewed"),
    SIGNING_KEY_ROTATED("Signing key rotated"),
    // durable
    DATABASE_BACKED_UP("Database backed up"),
    // lti
    LTI_PLATFORM_REGISTERED("LMS connection registered"),
    LTI_PLATFORM_CHANGED("LMS connection changed"),
    LTI_PLATFORM_REMOVED("LMS connection removed"),
    LTI_TOOL_KEY_ROTATED("LTI tool key rotated"),
    LTI_LAUNCH_SUCCEEDED("LMS launch"),
    LTI_LAUNCH_REFUSED("LMS launch refused"),
    LTI_ACCOUNT_LINKED("Account linked to an LMS user"),
    LTI_DEEP_LINK_RETURNED("Content added to an LMS course"),
    LTI_ROSTER_SYNCED("LMS course members synced"),
    LTI_SCORE_FAILED("Grade passback failed");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** A phrase for people, shown in the audit view. */
    public String label() {
        return label;
    }
}
