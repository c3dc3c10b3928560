package id.kompeten.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.cases.CaseDriver;
import id.kompeten.security.HttpCalls.Reply;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * The users of a cluster driving their cases over HTTP, each step as the user whose step it is (HTTP Basic, the
 * demo password): siti opens the case ({@code POST /api/cases}) and does HR's tasks, the participant answers their
 * surveys, budi assesses and interviews ({@code /engine-rest}). Calls go to the nodes in turn, as a load balancer
 * sends them; a node that no longer answers is left out and the call is made on another (what a browser's retry
 * does behind a load balancer). Each look at a case finds what is waiting for whom and does it, so a step whose
 * answer was lost with a node is found done, or still waiting, at the next look.
 */
final class ClusterCases {

    static final String SITI = "siti";
    static final String BUDI = "budi";
    /** Longer than a restart of the database takes; the users give up after it. */
    static final Duration UNAVAILABLE_BOUND = Duration.ofMinutes(3);

    /** A participant of budi's in andi's position (PRANATA-KOM: T-LPE 3, M-KOM 3, SK-PB 2 required). */
    record Participant(String user, String nip, boolean trains) {}

    private final List<ClusterNode> nodes;
    private final Set<ClusterNode> out = ConcurrentHashMap.newKeySet();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();
    private final ToLongFunction<Participant> sessionOf;

    /**
     * @param pastSessionId the training session that already ran (KOM-01, for the M-KOM gap of the cases that
     *                      train), so the training's end timer is due at once
     */
    ClusterCases(List<ClusterNode> nodes, long pastSessionId) {
        this(nodes, participant -> pastSessionId);
    }

    /** @param sessionOf the session of KOM-01 that already ran, which each participant who trains takes */
    ClusterCases(List<ClusterNode> nodes, ToLongFunction<Participant> sessionOf) {
        this.nodes = nodes;
        this.sessionOf = sessionOf;
    }

    /** The load balancer stops sending to the node (its health check failed). */
    void leaveOut(ClusterNode node) {
        out.add(node);
    }

    /**
     * A call on the next node in turn; on a node that does not answer, on the next one. Answered 503 with
     * Retry-After (the database is gone), it is made again after the time asked, as a client that honours it
     * does, for at most {@link #UNAVAILABLE_BOUND}.
     */
    Reply call(String user, String method, String path, Object body) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(UNAVAILABLE_BOUND);
        while (true) {
            Reply reply = once(user, method, path, body);
            Optional<String> retryAfter = reply.status() == 503
                    ? reply.raw().headers().firstValue("Retry-After") : Optional.empty();
            if (retryAfter.isEmpty() || Instant.now().isAfter(giveUp)) {
                return reply;
            }
            unavailable.incrementAndGet();
            Thread.sleep(Duration.ofSeconds(Long.parseLong(retryAfter.get())).toMillis());
        }
    }

    /** How many answers were 503 with Retry-After (each then made again). */
    int unavailableAnswers() {
        return unavailable.get();
    }

    private Reply once(String user, String method, String path, Object body) throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < 2 * nodes.size() + 2; attempt++) {
            ClusterNode node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
            if (out.contains(node)) {
                continue;
            }
            try {
                return node.call(user, method, path, body, Map.of());
            } catch (IOException e) {
                last = e;
                if (!node.alive()) {
                    out.add(node);
                }
            }
        }
        throw new IOException("no node answered " + method + " " + path, last);
    }

    /** siti opens the participant's case of the year; its case number. */
    String open(Participant participant, int year) throws Exception {
        Reply opened = call(SITI, "POST", "/api/cases", Map.of("employeeNip", participant.nip(), "cycleYear", year));
        if (opened.status() != 201) {
            throw new AssertionError("opening the case of " + participant + ": " + opened.status() + " " + opened.text());
        }
        return opened.body().get("caseNumber").asText();
    }

    /**
     * Walks the cases until each is closed, with this many users at once (each with a share of the cases), within the
     * bound; fails naming the cases still open.
     */
    void walk(Map<String, Participant> cases, int users, Duration bound) throws Exception {
        Instant deadline = Instant.now().plus(bound);
        List<List<String>> shares = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            shares.add(new ArrayList<>());
        }
        int i = 0;
        for (String caseNumber : cases.keySet()) {
            shares.get(i++ % users).add(caseNumber);
        }
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<?>> walkers = new ArrayList<>();
            for (List<String> share : shares) {
                walkers.add(pool.submit(() -> {
                    List<String> open = new ArrayList<>(share);
                    while (!open.isEmpty()) {
                        if (Instant.now().isAfter(deadline)) {
                            throw new AssertionError("cases still open after " + bound + ": " + open);
                        }
                        boolean moved = false;
                        for (String caseNumber : List.copyOf(open)) {
                            Step step = look(caseNumber, cases.get(caseNumber));
                            moved |= step == Step.MOVED;
                            if (step == Step.CLOSED) {
                                open.remove(caseNumber);
                            }
                        }
                        if (!moved) {
                            Thread.sleep(300); // waiting for the nodes' jobs
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> walker : walkers) {
                walker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    enum Step { MOVED, WAITING, CLOSED }

    /** Each of the case's users looks for their task of it and does it; with none for anyone, is it closed? */
    Step look(String caseNumber, Participant participant) throws Exception {
        boolean moved = false;
        for (String user : List.of(participant.user(), BUDI, SITI)) {
            Reply tasks = call(user, "GET", "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + caseNumber, null);
            expect(tasks, 200, user + " lists the tasks of " + caseNumber);
            for (JsonNode task : tasks.body()) {
                moved |= act(user, task, participant);
            }
        }
        if (moved) {
            return Step.MOVED;
        }
        Reply file = call(SITI, "GET", "/api/cases/" + caseNumber, null);
        expect(file, 200, "siti reads " + caseNumber);
        return "CLOSED".equals(file.body().get("status").asText()) ? Step.CLOSED : Step.WAITING;
    }

    /** The user's answers to their task; true when it was completed (or found done). */
    private boolean act(String user, JsonNode task, Participant participant) throws Exception {
        String id = task.get("id").asText();
        String step = task.get("taskDefinitionKey").asText();
        // ratings at the position's requirements: no gap, the case closes; M-KOM one below for those who train
        Map<String, Object> ratings = Map.of("T-LPE", "3", "M-KOM", participant.trains() ? "2" : "3", "SK-PB", "2");
        Map<String, Object> answers = switch (step) {
            case "Task_FillNeedsSurvey" -> Map.of("selfRatings", rows(ratings),
                    "developmentGoal", "Melayani warga dengan komunikasi yang lebih baik", "preferredMode", "E_LEARNING");
            case "Task_AssessCompetencies" -> Map.of("supervisorRatings", rows(ratings));
            case "Task_ProposeDevelopmentPlan" -> Map.of("planLines", CaseDriver.courseLines(false, "M-KOM"));
            case "Task_ApproveDevelopmentPlan" -> Map.of("planLines", CaseDriver.courseLines(true, "M-KOM"));
            case "Task_ScheduleTraining" -> schedule(id, sessionOf.applyAsLong(participant));
            case "Task_RecordTrainingResults" -> Map.of("attended", "true", "attendedMinutes", 540,
                    "preTestScore", 40, "postTestScore", 70);
            case "Task_FillPostTrainingSurvey" -> postTrainingSurvey();
            case "Task_ConductSupervisorInterview" -> Map.of("applicationRatings", rows(Map.of("M-KOM", "4")),
                    "behaviourNotes", "Menjelaskan layanan kepada warga dengan jelas");
            default -> throw new AssertionError(user + " did not expect " + step + " in " + task);
        };
        Reply done = call(user, "POST", "/engine-rest/task/" + id + "/complete", Map.of("variables", typed(answers)));
        // 404: done already (by the call whose answer a dying node took with it); 409: a concurrent change, again later
        if (done.status() != 204 && done.status() != 404 && done.status() != 409) {
            throw new AssertionError(user + " completing " + step + ": " + done.status() + " " + done.text());
        }
        return done.status() != 409;
    }

    /** siti claims the scheduling task from HR's queue and picks the session that already ran, among those offered. */
    private Map<String, Object> schedule(String taskId, long pastSessionId) throws Exception {
        Reply claimed = call(SITI, "POST", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", SITI));
        if (claimed.status() != 204 && claimed.status() != 404) {
            throw new AssertionError("siti claiming " + taskId + ": " + claimed.status() + " " + claimed.text());
        }
        Reply form = call(SITI, "GET", "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false", null);
        if (form.status() == 200) {
            JsonNode options = json.readTree(form.body().get("sessionOptions").get("value").asText());
            if (options.findValuesAsText("value").stream().noneMatch(v -> v.equals(String.valueOf(pastSessionId)))) {
                throw new AssertionError("session " + pastSessionId + " not offered: " + options);
            }
        }
        return Map.of("trainingSessionId", String.valueOf(pastSessionId));
    }

    private static Map<String, Object> postTrainingSurvey() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String item : List.of("relevance", "material", "trainer", "scheduleFit", "overall", "confidence")) {
            answers.put(item, "4");
        }
        answers.put("actionPlan", "Menyusun panduan layanan untuk loket");
        return answers;
    }

    private static List<Map<String, Object>> rows(Map<String, Object> byCompetency) {
        List<Map<String, Object>> rows = new ArrayList<>();
        byCompetency.forEach((code, rating) -> rows.add(Map.of("competencyCode", code, "rating", rating)));
        return rows;
    }

    /** Lists as Camunda's Json type, everything else as a plain value (as Tasklist's forms send them). */
    private Map<String, Object> typed(Map<String, Object> answers) throws IOException {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> answer : answers.entrySet()) {
            typed.put(answer.getKey(), answer.getValue() instanceof List<?> rows
                    ? Map.of("type", "Json", "value", json.writeValueAsString(rows)) : Map.of("value", answer.getValue()));
        }
        return typed;
    }

    static void expect(Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new AssertionError(what + ": " + reply.status() + " " + reply.text());
        }
    }
}
