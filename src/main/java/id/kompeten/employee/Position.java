package id.kompeten.employee;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A position (jabatan); its required competency levels are {@link PositionRequirement}s. */
@Entity
public class Position {

    @Id
    private String code;
    private String name;

    protected Position() {}

    public Position(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
}
