package id.kompeten.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A programme's budget (anggaran) from which enrolments are paid. */
@Entity
public class ProgrammeBudget {

    @Id
    private String code;
    private String name;
    private String agency;
    @Column(name = "budget_year")
    private int year;
    private BigDecimal allocated;

    protected ProgrammeBudget() {}

    public ProgrammeBudget(String code, String name, String agency, int year, BigDecimal allocated) {
        this.code = code;
        this.name = name;
        this.agency = agency;
        this.year = year;
        this.allocated = allocated;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getAgency() { return agency; }
    public int getYear() { return year; }
    public BigDecimal getAllocated() { return allocated; }
}
