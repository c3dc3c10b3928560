package id.kompeten.programme;

import static id.kompeten.forms.RequestFields.required;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.ReportYears;
import id.kompeten.forms.RequestRefused;
import id.kompeten.process.AnswerReviewProcess;
import id.kompeten.process.TrustedEngineCalls;
import id.kompeten.report.TextAnswers;
import id.kompeten.security.CaseAccess;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/answer-reviews} {@code {"agency", "year"}}: HR of the agency start the review of the year's
 * free-text answers that no programme's review covers; they code them in Tasklist. One review of an agency's year runs
 * at a time; another may follow (new answers come in through the year).
 */
@RestController
class AnswerReviews {

    record Start(String agency, Integer year) {}

    record Started(String agency, int year, int answers, String processInstanceId) {}

    private final CaseAccess access;
    private final RuntimeService runtime;
    private final TrustedEngineCalls trusted;
    private final TextAnswers answers;
    private final Clock clock;

    AnswerReviews(CaseAccess access, RuntimeService runtime, TrustedEngineCalls trusted, TextAnswers answers, Clock clock) {
        this.access = access;
        this.runtime = runtime;
        this.trusted = trusted;
        this.answers = answers;
        this.clock = clock;
    }

    @PostMapping("/api/answer-reviews")
    ResponseEntity<Started> start(@RequestBody Start start) {
        String agency = required(start.agency(), "agency").strip();
        if (!access.mayManageAgency(agency)) {
            throw new RequestRefused(HttpStatus.FORBIDDEN, new FieldError("agency", "jp.agency.forbidden", agency));
        }
        int year = ReportYears.orThisYear(start.year(), clock);
        String key = year + " · " + agency;
        if (trusted.call(() -> runtime.createProcessInstanceQuery().processDefinitionKey(AnswerReviewProcess.PROCESS_ID)
                .processInstanceBusinessKey(key).count()) > 0) {
            throw new RequestRefused(HttpStatus.CONFLICT, new FieldError("year", "answerreview.running", agency,
                    String.valueOf(year)));
        }
        int found = answers.outsideProgrammes(agency, year).size();
        String id = trusted.call(() -> runtime.startProcessInstanceByKey(AnswerReviewProcess.PROCESS_ID, key,
                Map.of(AnswerReviewProcess.AGENCY, agency, AnswerReviewProcess.YEAR, year)).getId());
        return ResponseEntity.created(java.net.URI.create("/laporan/instansi?nama="
                + URLEncoder.encode(agency, StandardCharsets.UTF_8) + "&tahun=" + year))
                .body(new Started(agency, year, found, id));
    }
}
