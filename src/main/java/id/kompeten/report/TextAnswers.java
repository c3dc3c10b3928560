package id.kompeten.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The free-text answers of a report's cases, each with its source and no name: a participant's development goal
 * (needs survey), action plan and comment (post-training survey), a supervisor's notes of the interview and reason on
 * a follow-up, HR's note on an escalated case; with the unit of the employee the case is of, the case's number, and
 * the themes HR coded it with. Beside the cases: the action plans and comments of the people's activities of the year
 * beyond the courses, and the heads of the programmes' units' interviews.
 */
@Component
public class TextAnswers {

    /** Where an answer comes from: its source's code and who wrote it (the participant or the supervisor). */
    public enum Source {
        DEVELOPMENT_GOAL("PARTICIPANT"), ACTION_PLAN("PARTICIPANT"), COMMENT("PARTICIPANT"), BEHAVIOUR_NOTES("SUPERVISOR"),
        /** A unit head's interview about the programme: what changed in the team, and what stands in the way. */
        UNIT_HEAD_CHANGES("UNIT_HEAD"), UNIT_HEAD_OBSTACLES("UNIT_HEAD"),
        /** The supervisor's reason for approving or refusing follow-up training; HR's note on an escalated case. */
        FOLLOW_UP_REASON("SUPERVISOR"), HR_REVIEW_NOTE("HR"),
        /** An employee's action plan after an event (seminar, workshop...); their comment on a coaching or mentoring. */
        ACTIVITY_ACTION_PLAN("PARTICIPANT"), ACTIVITY_COMMENT("PARTICIPANT");

        public final String role;

        Source(String role) {
            this.role = role;
        }
    }

    /**
     * An answer: its source, its row, its case (none for a unit head's or an activity's), the writer's unit (the
     * employee's, for a decision on their case), the words, its themes.
     */
    public record Answer(Source source, long id, String caseNumber, String unit, String text, List<String> themes) {}

    private final JdbcTemplate jdbc;

    TextAnswers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A programme's answers, in the order of its cases and their instruments. */
    public List<Answer> ofProgramme(String code) {
        Integer year = jdbc.query("select programme_year from report_programme where code = ?",
                rs -> rs.next() ? rs.getInt(1) : null, code);
        return year == null ? List.of() : of(ProgrammeEvidence.Scope.programme(code), year);
    }

    /**
     * The answers of an agency's year that no programme's review covers: of the cases outside the year's programmes,
     * and of the activities beyond the courses (also in the review of a programme their employee took part in).
     */
    public List<Answer> outsideProgrammes(String agency, int year) {
        java.util.Set<String> inProgrammes = new java.util.HashSet<>(jdbc.queryForList("select k.case_number"
                + " from report_programme_case k join report_programme p on p.code = k.programme_code"
                + " where p.agency = ? and p.programme_year = ?", String.class, agency, year));
        return of(ProgrammeEvidence.Scope.agency(agency, year), year).stream()
                .filter(a -> !a.source().role.equals("UNIT_HEAD"))
                .filter(a -> a.caseNumber() == null || !inProgrammes.contains(a.caseNumber())).toList();
    }

    /** @param year the report's year: the activities beyond the courses are those its people started in it */
    List<Answer> of(ProgrammeEvidence.Scope scope, int year) {
        String from = scope.cases().from() + " join report_case pc on pc.case_number = k.case_number"
                + " join report_employee pe on pe.nip = pc.employee_nip";
        String where = " where " + scope.cases().where();
        Object[] args = scope.cases().args();
        // each answer with its themes (a row per theme), the themes found by the answer's own key
        Map<String, Answer> answers = new LinkedHashMap<>();
        jdbc.query("select n.id, n.case_number, n.development_goal, pe.unit, t.theme" + from
                + " join report_needs_survey n on n.case_number = k.case_number left join report_answer_theme t"
                + " on t.source = 'DEVELOPMENT_GOAL' and t.answer_id = n.id" + where, rs -> {
                    add(answers, Source.DEVELOPMENT_GOAL, rs.getLong(1), rs.getString(2), rs.getString(4),
                            rs.getString(3), rs.getString(5));
                }, args);
        jdbc.query("select n.id, n.case_number, n.action_plan, n.comments, pe.unit, t.source, t.theme" + from
                + " join report_post_training_survey n on n.case_number = k.case_number left join report_answer_theme t"
                + " on t.source in ('ACTION_PLAN', 'COMMENT') and t.answer_id = n.id" + where, rs -> {
                    String coded = rs.getString(6);
                    add(answers, Source.ACTION_PLAN, rs.getLong(1), rs.getString(2), rs.getString(5), rs.getString(3),
                            "ACTION_PLAN".equals(coded) ? rs.getString(7) : null);
                    add(answers, Source.COMMENT, rs.getLong(1), rs.getString(2), rs.getString(5), rs.getString(4),
                            "COMMENT".equals(coded) ? rs.getString(7) : null);
                }, args);
        // the interviews by their cases first, then their notes and themes by id: PostgreSQL reads every interview
        // in one scan for a programme's cases when the themes are joined in the same query
        Map<Long, String[]> interviews = new LinkedHashMap<>();
        jdbc.query("select n.id, n.case_number, pe.unit" + from
                + " join report_supervisor_interview n on n.case_number = pc.case_number" + where,
                rs -> { interviews.putIfAbsent(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}); }, args);
        List<Long> ids = new ArrayList<>(interviews.keySet());
        for (int at = 0; at < ids.size(); at += 500) {
            List<Long> chunk = ids.subList(at, Math.min(ids.size(), at + 500));
            jdbc.query("select n.id, n.behaviour_notes, t.theme from report_supervisor_interview n"
                    + " left join report_answer_theme t on t.source = 'BEHAVIOUR_NOTES' and t.answer_id = n.id"
                    + " where n.id in (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                        String[] interview = interviews.get(rs.getLong(1));
                        add(answers, Source.BEHAVIOUR_NOTES, rs.getLong(1), interview[0], interview[1], rs.getString(2),
                                rs.getString(3));
                    }, chunk.toArray());
        }
        // the decisions on the cases (the supervisor's reason on a follow-up, HR's note on an escalated case): the
        // scope's cases first, then their decisions by case number and the decisions' themes by id (joined in one
        // query, PostgreSQL reads every decision: a third of the cases have one)
        Map<String, String> unitOf = new LinkedHashMap<>();
        jdbc.query("select pc.case_number, pe.unit" + from + where, rs -> { unitOf.put(rs.getString(1), rs.getString(2)); },
                args);
        Map<Long, String[]> decisions = new LinkedHashMap<>();
        List<String> cases = new ArrayList<>(unitOf.keySet());
        for (int at = 0; at < cases.size(); at += 500) {
            List<String> chunk = cases.subList(at, Math.min(cases.size(), at + 500));
            jdbc.query("select n.id, n.case_number, n.kind, n.reason from report_case_decision n where n.case_number in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                        decisions.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                                unitOf.get(rs.getString(2))});
                    }, chunk.toArray());
        }
        Map<Long, List<String>> decisionThemes = themes(List.of("FOLLOW_UP_REASON", "HR_REVIEW_NOTE"), decisions.keySet());
        decisions.forEach((id, d) -> {
            Source source = "ESCALATION_REVIEW".equals(d[1]) ? Source.HR_REVIEW_NOTE : Source.FOLLOW_UP_REASON;
            add(answers, source, id, d[0], d[3], d[2], null);
            decisionThemes.getOrDefault(id, List.of()).forEach(theme -> add(answers, source, id, d[0], d[3], d[2], theme));
        });
        // the people's activities of the year beyond the courses: of no case
        jdbc.query("select n.id, n.action_plan, n.participant_comment, e.unit, t.source, t.theme" + scope.people().from()
                + " join report_development_activity n on n.employee_nip = e.nip left join report_answer_theme t"
                + " on t.source in ('ACTIVITY_ACTION_PLAN', 'ACTIVITY_COMMENT') and t.answer_id = n.id where "
                + scope.people().where() + " and n.started_at >= ? and n.started_at < ?", rs -> {
                    String coded = rs.getString(5);
                    add(answers, Source.ACTIVITY_ACTION_PLAN, rs.getLong(1), null, rs.getString(4), rs.getString(2),
                            "ACTIVITY_ACTION_PLAN".equals(coded) ? rs.getString(6) : null);
                    add(answers, Source.ACTIVITY_COMMENT, rs.getLong(1), null, rs.getString(4), rs.getString(3),
                            "ACTIVITY_COMMENT".equals(coded) ? rs.getString(6) : null);
                }, scope.peopleAndYear(year));
        // the heads of the programmes' units: of no case
        jdbc.query("select n.id, n.unit, n.observed_changes, n.obstacles, t.source, t.theme from report_unit_head_interview n"
                + " left join report_answer_theme t on t.source in ('UNIT_HEAD_CHANGES', 'UNIT_HEAD_OBSTACLES')"
                + " and t.answer_id = n.id where n.answered_at is not null and n.programme_code in ("
                + scope.programmes().text() + ")", rs -> {
                    String coded = rs.getString(5);
                    add(answers, Source.UNIT_HEAD_CHANGES, rs.getLong(1), null, rs.getString(2), rs.getString(3),
                            "UNIT_HEAD_CHANGES".equals(coded) ? rs.getString(6) : null);
                    add(answers, Source.UNIT_HEAD_OBSTACLES, rs.getLong(1), null, rs.getString(2), rs.getString(4),
                            "UNIT_HEAD_OBSTACLES".equals(coded) ? rs.getString(6) : null);
                }, scope.programmes().args());
        List<Answer> listed = new ArrayList<>(answers.values());
        // the cases' answers by case, then the heads'
        listed.sort(Comparator.comparing(Answer::caseNumber, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.source().ordinal()).thenComparing(Answer::id));
        return listed;
    }

    /** The themes coded on these answers of these sources, by answer id (looked up 500 ids at a time). */
    private Map<Long, List<String>> themes(List<String> sources, java.util.Collection<Long> answerIds) {
        Map<Long, List<String>> themes = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(answerIds);
        for (int at = 0; at < ids.size(); at += 500) {
            List<Long> chunk = ids.subList(at, Math.min(ids.size(), at + 500));
            List<Object> queryArgs = new ArrayList<>(sources);
            queryArgs.addAll(chunk);
            jdbc.query("select t.answer_id, t.theme from report_answer_theme t where t.source in ("
                    + String.join(", ", Collections.nCopies(sources.size(), "?")) + ") and t.answer_id in ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> { themes.computeIfAbsent(rs.getLong(1), x -> new ArrayList<>()).add(rs.getString(2)); },
                    queryArgs.toArray());
        }
        return themes;
    }

    /** The answer (once, whatever the number of its rows) and its theme from this row, if any. */
    private static void add(Map<String, Answer> answers, Source source, long id, String caseNumber, String unit,
                            String text, String theme) {
        if (text == null || text.isBlank()) {
            return;
        }
        Answer answer = answers.computeIfAbsent(source.name() + ":" + id,
                key -> new Answer(source, id, caseNumber, unit, text.strip(), new ArrayList<>()));
        if (theme != null && !answer.themes().contains(theme)) {
            answer.themes().add(theme);
        }
    }
}
