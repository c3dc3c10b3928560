package id.kompeten.employee;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A civil servant (ASN), known by NIP, with the Camunda user that acts for them. */
@Entity
public class Employee {

    @Id
    private String nip;
    private String name;
    private String email;
    private String username;
    private String agency;
    private String positionCode;
    private String supervisorNip;
    private String locale;

    protected Employee() {}

    public Employee(String nip, String name, String email, String username, String agency, String positionCode,
                    String supervisorNip, String locale) {
        this.nip = nip;
        this.name = name;
        this.email = email;
        this.username = username;
        this.agency = agency;
        this.positionCode = positionCode;
        this.supervisorNip = supervisorNip;
        this.locale = locale;
    }

    public String getNip() { return nip; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getUsername() { return username; }
    public String getAgency() { return agency; }
    public String getPositionCode() { return positionCode; }
    public String getSupervisorNip() { return supervisorNip; }
    public String getLocale() { return locale; }
}
