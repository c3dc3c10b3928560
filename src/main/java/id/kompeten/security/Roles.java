package id.kompeten.security;

/** The Camunda groups of DESIGN.md, each a role. */
public final class Roles {

    private Roles() {}

    public static final String PARTICIPANTS = "participants";
    public static final String SUPERVISORS = "supervisors";
    public static final String HR_STAFF = "hr-staff";
    public static final String ADMIN = "camunda-admin";
}
