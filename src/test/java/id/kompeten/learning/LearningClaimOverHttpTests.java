package id.kompeten.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kompeten.cases.CaseDriver;
import id.kompeten.demo.DemoData;
import id.kompeten.process.ClaimProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.HttpCalls.Reply;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Learning done elsewhere, over HTTP as its users do it, authorizations on: andi claims a seminar with its
 * certificate, HR (siti) verify it in Tasklist's way (/engine-rest submit-form), and it counts in his JP and the
 * SIASN export; bad claims and bad files are refused naming the field and leave nothing behind; nobody else
 * claims for him, sees his certificate or decides his claim, and no completion carries anything but the form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LearningClaimOverHttpTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    HttpCalls api;
    LocalDate endsOn;

    @BeforeEach
    void setUp() {
        api = new HttpCalls(port);
        new CaseDriver(engine, jdbc).reset();
        endsOn = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1);
    }

    Map<String, String> seminar() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("employeeNip", DemoData.ANDI_NIP);
        fields.put("kind", "SEMINAR");
        fields.put("title", "Seminar Nasional Keamanan Siber Pemerintah Daerah");
        fields.put("organiser", "Badan Siber dan Sandi Negara");
        fields.put("startsOn", endsOn.minusDays(2).toString());
        fields.put("endsOn", endsOn.toString());
        fields.put("minutes", "960");
        return fields;
    }

    Reply claim(String user, Map<String, String> fields, byte[] file, String fileName) throws Exception {
        return api.multipart(user, "/api/learning-claims", fields, "certificate", fileName, file);
    }

    /** Runs the claim's asynchronous steps (its email steps), as the job executor would. */
    void settle() {
        ManagementService management = engine.getManagementService();
        for (int i = 0; i < 20; i++) {
            List<Job> jobs = management.createJobQuery().processDefinitionKey(ClaimProcess.PROCESS_ID).list().stream()
                    .filter(job -> job.getDuedate() == null || !job.getDuedate().after(new java.util.Date())).toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    String verificationTask(String user) throws Exception {
        Reply tasks = api.as(user, "GET", "/engine-rest/task?processDefinitionKey=" + ClaimProcess.PROCESS_ID
                + "&maxResults=10", null);
        assertThat(tasks.status()).as(tasks.text()).isEqualTo(200);
        return tasks.body().size() == 0 ? null : tasks.body().get(0).get("id").asText();
    }

    Reply decide(String user, String taskId, Map<String, Object> variables) throws Exception {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return api.as(user, "POST", "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed));
    }

    int claims() {
        return jdbc.queryForObject("select count(*) from learning_claim", Integer.class)
                + jdbc.queryForObject("select count(*) from learning_claim_certificate", Integer.class)
                + (int) engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ClaimProcess.PROCESS_ID).count();
    }

    @Test
    void aVerifiedSeminarCountsInTheLedgerAndTheSiasnExportOnce() throws Exception {
        Reply submitted = claim("andi", seminar(), CertificateFileTests.PDF, "sertifikat.pdf");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String number = submitted.body().get("claimNumber").asText();
        assertThat(number).matches("KLM-\\d{4}-\\d{6}");
        assertThat(submitted.body().get("id").asLong()).isPositive();
        assertThat(submitted.body().get("status").asText()).isEqualTo("SUBMITTED");
        // 960 minutes / 45 = 21.33 JP, by the default rule
        assertThat(submitted.body().get("jp").decimalValue()).isEqualByComparingTo("21.33");
        settle();

        // HR are asked by email and see the task; the claimant and his supervisor do not
        assertThat(jdbc.queryForList("select recipient from email_message where topic = ? and kind = ?", String.class,
                number, "CLAIM_VERIFICATION_REQUEST")).contains("siti");
        assertThat(verificationTask("andi")).isNull();
        assertThat(verificationTask("budi")).isNull();
        String task = verificationTask("siti");
        assertThat(task).isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getName())
                .isEqualTo("Verifikasi klaim pembelajaran — Andi Pratama · " + number + " · Sekretariat");
        Reply form = api.as("siti", "GET", "/engine-rest/task/" + task + "/form-variables", null);
        assertThat(form.body().get(ClaimProcess.CLAIM_SUMMARY).get("value").asText())
                .contains("Jenis: Seminar/konferensi/sarasehan", "Durasi menurut sertifikat: 960 menit",
                        "JP bila diverifikasi: 21,33");
        // the claimant cannot decide his own claim, even knowing the task's id
        assertThat(decide("andi", task, Map.of(ClaimProcess.CLAIM_DECISION, "VERIFIED")).status()).isEqualTo(404);
        // a completion carries the form and nothing else (no JP, no minutes of HR's own)
        Reply extra = decide("siti", task, Map.of(ClaimProcess.CLAIM_DECISION, "VERIFIED", "minutes", 9600));
        assertThat(extra.status()).as(extra.text()).isEqualTo(400);
        assertThat(extra.text()).contains("minutes");
        // nor writes the claim's variables around the form
        assertThat(api.as("siti", "PUT", "/engine-rest/task/" + task + "/variables/claimId", Map.of("value", 1)).status())
                .isEqualTo(403);

        Reply verified = decide("siti", task, Map.of(ClaimProcess.CLAIM_DECISION, "VERIFIED"));
        assertThat(verified.status()).as(verified.text()).isEqualTo(204);
        settle();

        JsonNode claimRead = api.as("andi", "GET", "/api/learning-claims/" + number, null).body();
        assertThat(claimRead.get("status").asText()).isEqualTo("VERIFIED");
        assertThat(claimRead.get("decidedBy").asText()).isEqualTo("siti");
        JsonNode ledger = api.as("andi", "GET", "/api/jp/employees/" + DemoData.ANDI_NIP + "?year=" + endsOn.getYear(),
                null).body();
        List<JsonNode> credits = new java.util.ArrayList<>();
        ledger.get("credits").forEach(credits::add);
        assertThat(credits).filteredOn(c -> c.get("kind").asText().equals("SEMINAR")).singleElement()
                .satisfies(c -> {
                    assertThat(c.get("jp").decimalValue()).isEqualByComparingTo("21.33");
                    assertThat(c.get("activity").asText()).isEqualTo("Seminar Nasional Keamanan Siber Pemerintah Daerah");
                });
        // the year by kind: the employee's, and the agency's
        assertThat(ledger.get("byKind").findValuesAsText("kind")).contains("SEMINAR");
        JsonNode agency = api.as("siti", "GET", "/api/jp/agencies?agency=" + DemoData.AGENCY.replace(" ", "%20")
                + "&year=" + endsOn.getYear(), null).body();
        List<JsonNode> kinds = new java.util.ArrayList<>();
        agency.get("byKind").forEach(kinds::add);
        assertThat(kinds).filteredOn(k -> k.get("kind").asText().equals("SEMINAR")).singleElement().satisfies(k -> {
            assertThat(k.get("activities").asInt()).isEqualTo(1);
            assertThat(k.get("employees").asInt()).isEqualTo(1);
            assertThat(k.get("jp").decimalValue()).isEqualByComparingTo("21.33");
        });
        JsonNode siasn = api.as("siti", "GET", "/api/jp/siasn?agency=" + DemoData.AGENCY.replace(" ", "%20") + "&year="
                + endsOn.getYear(), null).body();
        List<JsonNode> rows = new java.util.ArrayList<>();
        siasn.forEach(rows::add);
        assertThat(rows).filteredOn(r -> r.get("nip").asText().equals(DemoData.ANDI_NIP)
                && r.get("namaKursus").asText().startsWith("Seminar Nasional")).singleElement().satisfies(r -> {
            assertThat(r.get("jenisKursus").asText()).isEqualTo("Seminar/Konferensi/Sarasehan");
            assertThat(r.get("institusiPenyelenggara").asText()).isEqualTo("Badan Siber dan Sandi Negara");
            assertThat(r.get("tanggalMulai").asText()).isEqualTo(endsOn.minusDays(2).toString());
            assertThat(r.get("nomorSertifikat").asText()).startsWith("KMP-JP-");
        });
        assertThat(jdbc.queryForList("select recipient from email_message where topic = ? and kind = ?", String.class,
                number, "CLAIM_VERIFIED")).containsExactly("andi");

        // the same certificate again is the same activity: refused
        Reply again = claim("andi", seminar(), CertificateFileTests.PDF, "sertifikat.pdf");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("errors").has("certificate")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from jp_ledger_entry where learning_claim_id is not null",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aRefusalNeedsItsReasonWhichTheClaimantGets() throws Exception {
        String number = claim("andi", seminar(), CertificateFileTests.PNG, "sertifikat.png").body().get("claimNumber").asText();
        settle();
        String task = verificationTask("siti");
        Reply noReason = decide("siti", task, Map.of(ClaimProcess.CLAIM_DECISION, "REFUSED"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text()).contains(ClaimProcess.CLAIM_REFUSAL_REASON);
        Reply refused = decide("siti", task, Map.of(ClaimProcess.CLAIM_DECISION, "REFUSED",
                ClaimProcess.CLAIM_REFUSAL_REASON, "Nama pada sertifikat bukan nama pegawai"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(204);
        settle();
        JsonNode read = api.as("andi", "GET", "/api/learning-claims/" + number, null).body();
        assertThat(read.get("status").asText()).isEqualTo("REFUSED");
        assertThat(read.get("decisionReason").asText()).isEqualTo("Nama pada sertifikat bukan nama pegawai");
        assertThat(jdbc.queryForObject("select count(*) from jp_ledger_entry", Integer.class)).isZero();
        assertThat(jdbc.queryForList("select recipient from email_message where topic = ? and kind = ?", String.class,
                number, "CLAIM_REFUSED")).containsExactly("andi");
        // a refused certificate may come back, corrected
        assertThat(claim("andi", seminar(), CertificateFileTests.PNG, "sertifikat.png").status()).isEqualTo(201);
    }

    @Test
    void badClaimsAreRefusedNamingTheFieldAndLeaveNothing() throws Exception {
        Map<String, byte[]> files = Map.of(
                "html named pdf", "<html><body onload=alert(1)>".getBytes(StandardCharsets.UTF_8),
                "empty", new byte[0],
                "too large", large(6 * 1024 * 1024),
                "above the upload limit", large(12 * 1024 * 1024));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Reply refused = claim("andi", seminar(), file.getValue(), "sertifikat.pdf");
            assertThat(refused.status()).as(file.getKey() + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.body().get("errors").has("certificate")).as(file.getKey()).isTrue();
        }
        assertThat(claim("andi", seminar(), null, null).body().get("errors").has("certificate")).isTrue();

        Map<String, Map.Entry<String, String>> fields = new LinkedHashMap<>();
        fields.put("kind", Map.entry("kind", "RAPAT"));
        fields.put("study", Map.entry("kind", "TUGAS_BELAJAR"));
        fields.put("title", Map.entry("title", " "));
        fields.put("organiser", Map.entry("organiser", "x".repeat(201)));
        fields.put("startsOn", Map.entry("startsOn", "kemarin"));
        fields.put("endsOn", Map.entry("endsOn", endsOn.minusDays(5).toString()));
        fields.put("future", Map.entry("endsOn", endsOn.plusDays(30).toString()));
        fields.put("minutes", Map.entry("minutes", "0"));
        fields.put("too many minutes", Map.entry("minutes", String.valueOf(3 * 24 * 60 + 1)));
        fields.put("nip", Map.entry("employeeNip", "12345"));
        for (Map.Entry<String, Map.Entry<String, String>> bad : fields.entrySet()) {
            Map<String, String> claim = seminar();
            claim.put(bad.getValue().getKey(), bad.getValue().getValue());
            Reply refused = claim("andi", claim, CertificateFileTests.PDF, "sertifikat.pdf");
            assertThat(refused.status()).as(bad.getKey() + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.body().get("errors").has(bad.getValue().getKey())).as(bad.getKey() + ": " + refused.text())
                    .isTrue();
        }
        assertThat(claims()).isZero();
    }

    @Test
    void onlyTheClaimantClaimsAndOnlyWhoMayReadTheCaseSeesTheCertificate() throws Exception {
        Map<String, String> dewis = seminar();
        dewis.put("employeeNip", DemoData.DEWI_NIP);
        assertThat(claim("andi", dewis, CertificateFileTests.PDF, "x.pdf").status()).isEqualTo(403);
        assertThat(claim("siti", seminar(), CertificateFileTests.PDF, "x.pdf").status()).as("HR verify, not claim")
                .isEqualTo(403);
        assertThat(claims()).isZero();

        String number = claim("andi", seminar(), CertificateFileTests.PDF, "sertifikat.pdf").body().get("claimNumber").asText();
        Reply own = api.as("andi", "GET", "/api/learning-claims/" + number + "/certificate", null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(own.raw().headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"sertifikat-" + number + ".pdf\"");
        assertThat(own.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(own.text()).startsWith("%PDF-");
        assertThat(api.as("budi", "GET", "/api/learning-claims/" + number + "/certificate", null).status())
                .as("his supervisor").isEqualTo(200);
        assertThat(api.as("siti", "GET", "/berkas/klaim/" + number + "/sertifikat", null).status())
                .as("HR, as the form links it").isEqualTo(200);
        assertThat(api.as("dewi", "GET", "/api/learning-claims/" + number + "/certificate", null).status()).isEqualTo(404);
        assertThat(api.as("dewi", "GET", "/api/learning-claims/" + number, null).status()).isEqualTo(404);
        assertThat(api.as("dewi", "GET", "/api/learning-claims?nip=" + DemoData.ANDI_NIP, null).status()).isEqualTo(404);
        assertThat(api.as("andi", "GET", "/api/learning-claims?nip=" + DemoData.ANDI_NIP, null).body()).hasSize(1);
        // nobody but an administrator starts the claim's process around /api
        assertThat(api.as("andi", "POST", "/engine-rest/process-definition/key/" + ClaimProcess.PROCESS_ID + "/start",
                Map.of()).status()).isEqualTo(403);
        assertThat(api.as("siti", "POST", "/engine-rest/process-definition/key/" + ClaimProcess.PROCESS_ID + "/start",
                Map.of()).status()).isEqualTo(403);
    }

    private static byte[] large(int size) {
        byte[] content = new byte[size];
        System.arraycopy(CertificateFileTests.PDF, 0, content, 0, CertificateFileTests.PDF.length);
        return content;
    }
}
