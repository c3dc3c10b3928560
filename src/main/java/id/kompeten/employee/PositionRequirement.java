package id.kompeten.employee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.util.Objects;

/** The level (1-5) a position requires of one competency. */
@Entity
@IdClass(PositionRequirement.Key.class)
public class PositionRequirement {

    static class Key implements Serializable {
        String positionCode;
        String competencyCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(positionCode, k.positionCode)
                    && Objects.equals(competencyCode, k.competencyCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(positionCode, competencyCode);
        }
    }

    @Id
    private String positionCode;
    @Id
    @Column(name = "competency_code")
    private String competencyCode;
    @ManyToOne(optional = false)
    @JoinColumn(name = "competency_code", insertable = false, updatable = false)
    private Competency competency;
    private int requiredLevel;

    protected PositionRequirement() {}

    public PositionRequirement(String positionCode, Competency competency, int requiredLevel) {
        this.positionCode = positionCode;
        this.competencyCode = competency.getCode();
        this.competency = competency;
        this.requiredLevel = requiredLevel;
    }

    public String getPositionCode() { return positionCode; }
    public Competency getCompetency() { return competency; }
    public int getRequiredLevel() { return requiredLevel; }
}
