package id.kompeten.training;

import id.kompeten.employee.Competency;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A course (diklat/pelatihan) that develops one competency. */
@Entity
public class TrainingCourse {

    @Id
    private String code;
    private String title;
    private String organiser;
    @ManyToOne(optional = false)
    @JoinColumn(name = "competency_code")
    private Competency competency;

    protected TrainingCourse() {}

    public TrainingCourse(String code, String title, String organiser, Competency competency) {
        this.code = code;
        this.title = title;
        this.organiser = organiser;
        this.competency = competency;
    }

    public String getCode() { return code; }
    public String getTitle() { return title; }
    public String getOrganiser() { return organiser; }
    public Competency getCompetency() { return competency; }
}
