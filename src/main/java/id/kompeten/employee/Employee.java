package id.kompeten.employee;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A civil servant (ASN), known by NIP, with the Camunda user that acts for them, and the unit of the agency they
 * work in (unit kerja: a bidang, the sekretariat; none for the agency's head).
 */
@Entity
public class Employee {

    /** The longest unit name the table holds. */
    public static final int UNIT_MAX = 200;

    @Id
    private String nip;
    private String name;
    private String email;
    private String username;
    private String agency;
    private String unit;
    private String positionCode;
    private String supervisorNip;
    private String locale;

    protected Employee() {}

    public Employee(String nip, String name, String email, String username, String agency, String unit,
                    String positionCode, String supervisorNip, String locale) {
        this.nip = nip;
        this.name = name;
        this.email = email;
        this.username = username;
        this.agency = agency;
        this.unit = unit(unit);
        this.positionCode = positionCode;
        this.supervisorNip = supervisorNip;
        this.locale = locale;
    }

    public String getNip() { return nip; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getUsername() { return username; }
    public String getAgency() { return agency; }
    /** The unit of the agency, or null. */
    public String getUnit() { return unit; }
    public String getPositionCode() { return positionCode; }
    public String getSupervisorNip() { return supervisorNip; }
    public String getLocale() { return locale; }

    /** A unit's name as kept: stripped, none when blank; refused when longer than {@link #UNIT_MAX}. */
    public static String unit(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        if (stripped.length() > UNIT_MAX) {
            throw new IllegalArgumentException("unit: at most " + UNIT_MAX + " characters");
        }
        return stripped;
    }
}
