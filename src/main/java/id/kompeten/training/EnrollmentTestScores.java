package id.kompeten.training;

import id.kompeten.evaluation.TestScores;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The scores of the case's latest attended enrolment, as HR recorded them. */
@Component
class EnrollmentTestScores implements TestScores {

    private final EnrollmentRepository enrollments;

    EnrollmentTestScores(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    @Transactional(readOnly = true)
    public Scores of(String caseNumber) {
        Enrollment attended = enrollments.findFirstByCaseNumberAndStatusOrderByEnrolledAtDesc(caseNumber,
                EnrollmentStatus.ATTENDED).orElseThrow(() -> new IllegalStateException("no attended session in " + caseNumber));
        return new Scores(attended.getPreTestScore(), attended.getPostTestScore());
    }
}
