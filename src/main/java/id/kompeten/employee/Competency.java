package id.kompeten.employee;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A competency of the ASN framework: technical, managerial or socio-cultural. */
@Entity
public class Competency {

    @Id
    private String code;
    private String name;
    private String nameEn;
    private String competencyType;

    protected Competency() {}

    public Competency(String code, String name, String nameEn, String competencyType) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.competencyType = competencyType;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
    public String getCompetencyType() { return competencyType; }
}
