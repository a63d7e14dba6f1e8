package com.smpacademy.account;

/** The four kinds of user. Each account holds exactly one. */
public enum Role {
    TRAINEE("Trainee"),
    INSTRUCTOR("Instructor"),
    CLINIC_OWNER("Clinic owner"),
    ADMIN("Admin");

    /** Role names as {@code @RolesAllowed} spells them. */
    public static final String TRAINEE_NAME = "TRAINEE";
    public static final String INSTRUCTOR_NAME = "INSTRUCTOR";
    public static final String CLINIC_OWNER_NAME = "CLINIC_OWNER";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
