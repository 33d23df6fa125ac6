package io.github.layakanak.kla.scoring;

import static io.github.layakanak.kla.scoring.TestPacks.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.Effort;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanExplainer;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import io.github.layakanak.kla.scoring.plan.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 14: numbers in the words are written as each language writes them, {@code 22,50} and {@code 22.50}. */
class Issue14Test {

    private static final Locale ID = Locale.forLanguageTag("id");
    /** A decimal point between digits; the test pack's region code (21.71) is never in an explanation. */
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");

    private final RulePack pack = TestPacks.pack();

    private ScoreCard halfway() {
        return ScoringEngine.score(pack, Districts.perfect(Stage.FINAL).withAnswers(answers()));
    }

    /** The perfect answers, but the regulation's limited by its evidence and a verifier's award below the top. */
    private static List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        for (Answer a : Districts.perfectAnswers()) {
            if (a.indicator().equals("child-marriage")) {
                answers.add(Answer.of("child-marriage", new IndicatorValue.Percentage(n("3.5"),
                        Optional.of(n("4.25"))), a.evidence()));
            } else if (a.indicator().equals("task-force")) {
                answers.add(Answer.of("task-force", new IndicatorValue.Composite(java.util.Map.of("budget",
                        new IndicatorValue.Budget(true, false))), a.evidence()));
            } else if (a.indicator().equals("forum")) {
                answers.add(new Answer("forum", Optional.empty(), List.of(), List.of(QuestionAnswer.awarded("1",
                        n("7.25"))), Optional.empty()));
            } else {
                answers.add(a);
            }
        }
        return answers;
    }

    @Test
    void indonesianWordsWriteADecimalCommaAndEnglishADecimalPoint() {
        ScoreCard card = halfway();
        Explainer indonesian = Explainer.of(pack, ID);
        Explainer english = Explainer.of(pack, Locale.ENGLISH);
        IndicatorScore marriage = card.findIndicator("child-marriage").orElseThrow();
        assertEquals("3,5% (tahun sebelumnya 4,25%)", indonesian.value(marriage.value().orElseThrow()));
        assertEquals("3.5% (previous year 4.25%)", english.value(marriage.value().orElseThrow()));

        IndicatorScore taskForce = card.findIndicator("task-force").orElseThrow();
        assertEquals("fungsi: tidak diisi (0 × 0,5); anggaran: satu sumber anggaran (0,66 × 0,5): 0,33 × 20 = 6,60 "
                + "poin", indonesian.indicator(taskForce));
        assertEquals("functioning: not given (0 × 0.5); budget: one budget source (0.66 × 0.5): 0.33 × 20 = 6.60 "
                + "points", english.indicator(taskForce));

        IndicatorScore forum = card.findIndicator("forum").orElseThrow();
        assertTrue(indonesian.question(forum, forum.questions().get(0)).contains("7,25 dari "),
                indonesian.question(forum, forum.questions().get(0)));
        assertTrue(english.question(forum, forum.questions().get(0)).contains("7.25 of "),
                english.question(forum, forum.questions().get(0)));
    }

    @Test
    void noIndonesianExplanationWritesADecimalPoint() {
        ScoreCard card = halfway();
        Explainer indonesian = Explainer.of(pack, ID);
        List<String> all = new ArrayList<>(indonesian.explain(card).indicators().values());
        all.addAll(indonesian.explain(card).deficiencies());
        card.losses().forEach(loss -> all.add(indonesian.loss(loss)));
        for (IndicatorScore score : card.indicators()) {
            score.value().ifPresent(v -> all.add(indonesian.value(v)));
            score.questions().forEach(q -> all.add(indonesian.question(score, q)));
        }
        assertTrue(all.stream().anyMatch(w -> w.matches(".*\\d,\\d.*")), all::toString);
        for (String words : all) {
            assertFalse(DECIMAL_POINT.matcher(words).find(), "a decimal point in Indonesian: " + words);
        }
    }

    @Test
    void plansWriteTheirPointsAndEffortsAsTheLanguageWritesThem() {
        CheckedSubmission checked = ScoringEngine.check(pack, Districts.perfect(Stage.SELF_ASSESSMENT)
                .withAnswers(answers()));
        Effort effort = Effort.steps();
        for (Step.Kind kind : Step.Kind.values()) {
            effort = effort.with(kind, new BigDecimal("2.5"));
        }
        PlanRequest request = PlanRequest.nextRank().target(io.github.layakanak.kla.model.Rank.KLA).effort(effort);
        Plan plan = Planner.plan(checked, request);
        assertFalse(plan.steps().isEmpty(), plan::toString);
        String indonesian = String.join("\n", PlanExplainer.of(pack, ID).lines(plan, request));
        String english = String.join("\n", PlanExplainer.of(pack, Locale.ENGLISH).lines(plan, request));
        String needed = plan.needed().setScale(Math.max(2, plan.needed().scale())).toPlainString();
        assertTrue(indonesian.contains(needed.replace('.', ',')), indonesian);
        assertTrue(english.contains(needed), english);
        assertFalse(DECIMAL_POINT.matcher(indonesian.replace("21.71", "")).find(), indonesian);
        String spent = plan.effort().stripTrailingZeros().toPlainString();
        assertTrue(spent.contains("."), "the effort has decimals: " + spent);
        assertTrue(indonesian.contains(spent.replace('.', ',')), indonesian);
        assertTrue(english.contains(spent), english);
    }

    /** The test pack, its regulation and its forum named as a pack names them. */
    private static RulePack named() {
        Map<String, String[]> names = Map.of(
                "regulation", new String[] {"Peraturan Daerah tentang KLA", "Regional regulation on KLA"},
                "forum", new String[] {"Pelembagaan Partisipasi Anak", "Institutionalised child participation"});
        List<IndicatorRule> rules = new ArrayList<>();
        for (IndicatorRule rule : TestPacks.pack().indicators()) {
            Indicator i = rule.indicator();
            String[] name = names.getOrDefault(i.id(), new String[] {i.nameId(), i.nameEn()});
            rules.add(new IndicatorRule(new Indicator(i.id(), i.code(), i.cluster(), name[0], name[1], i.measurement(),
                    i.acceptedEvidence(), i.questions()), rule.max(), rule.rubric(), rule.questions(),
                    rule.capProvenance(), rule.evidenceRequired()));
        }
        return TestPacks.pack().toBuilder().indicators(rules).build();
    }

    /** Every admission problem of a submission, in a language. */
    private static List<Violation> problems(Submission submission, Locale locale) {
        return assertThrows(ScoringException.class, () -> ScoringEngine.check(named(), submission,
                SubmissionValidator.create(locale))).violations();
    }

    @Test
    void admissionProblemsNameTheIndicatorByItsNumberAndNameInBothLanguagesNeverItsId() {
        List<Answer> answers = new ArrayList<>();
        for (Answer a : Districts.perfectAnswers()) {
            if (a.indicator().equals("regulation")) {
                // Scored as a whole, answered by questions.
                answers.add(new Answer("regulation", a.value(), a.evidence(),
                        List.of(QuestionAnswer.awarded("1", n("5"))), Optional.empty()));
            } else if (a.indicator().equals("forum")) {
                // Scored by questions, given a value too, a question it has not, and a question twice.
                answers.add(new Answer("forum", Optional.of(IndicatorValue.percent("50")), List.of(), List.of(
                        QuestionAnswer.awarded("9", n("1")), QuestionAnswer.awarded("1", n("2")),
                        QuestionAnswer.awarded("1", n("3"))), Optional.empty()));
            } else {
                answers.add(a);
            }
        }
        Submission submission = Districts.perfect(Stage.FINAL).withAnswers(answers);

        List<String> indonesian = problems(submission, ID).stream().map(Violation::toString).toList();
        List<String> english = problems(submission, Locale.ENGLISH).stream().map(Violation::toString).toList();

        assertEquals(List.of(
                "/answers/0/questions: Indikator 1 Peraturan Daerah tentang KLA dinilai sebagai satu kesatuan dalam "
                        + "paket aturan [test-2030] dan tidak memiliki pertanyaan; isi nilainya pada indikator, bukan "
                        + "per pertanyaan",
                "/answers/4/questions/0/question: Indikator 6 Pelembagaan Partisipasi Anak tidak memiliki "
                        + "pertanyaan [9]; pertanyaannya: 1, 2a, 3",
                "/answers/4/questions/2/question: pertanyaan [1] pada Indikator 6 Pelembagaan Partisipasi Anak "
                        + "dijawab dua kali; hapus salah satu jawabannya",
                "/answers/4/value: Indikator 6 Pelembagaan Partisipasi Anak dinilai per pertanyaan; isi nilainya "
                        + "pada tiap pertanyaan, bukan pada indikator"), indonesian);
        assertEquals(List.of(
                "/answers/0/questions: Indicator 1 Regional regulation on KLA is scored as a whole in rule pack "
                        + "[test-2030] and asks no questions; give its value for the indicator, not per question",
                "/answers/4/questions/0/question: Indicator 6 Institutionalised child participation has no "
                        + "question [9]; its questions are 1, 2a, 3",
                "/answers/4/questions/2/question: question [1] of Indicator 6 Institutionalised child participation "
                        + "is answered twice; remove one of the answers",
                "/answers/4/value: Indicator 6 Institutionalised child participation is scored by its questions; "
                        + "give the values per question, not for the indicator"), english);
        for (String problem : List.of(String.join("\n", indonesian), String.join("\n", english))) {
            assertFalse(problem.contains("[regulation]") || problem.contains("[forum]"), problem);
        }
    }

    @Test
    void recapIssuesNameTheIndicatorOrTheSectionInBothLanguagesNeverAPointer() {
        List<Answer> answers = new ArrayList<>();
        for (Answer a : Districts.perfectAnswers()) {
            answers.add(a.indicator().equals("forum") ? new Answer("forum", Optional.empty(), List.of(),
                    List.of(QuestionAnswer.awarded("1", n("13")), QuestionAnswer.awarded("2a", n("6.5"))),
                    Optional.of(n("19.5"))) : a);
        }
        Submission perfect = Districts.perfect(Stage.FINAL);
        ScoreCard card = ScoringEngine.score(named(), new Submission(perfect.region(), perfect.year(), Stage.FINAL,
                perfect.submittedOn(), answers, Map.of(Cluster.KLASTER_I, n("59.5"))));
        Explainer indonesian = Explainer.of(named(), ID);
        Explainer english = Explainer.of(named(), Locale.ENGLISH);

        assertEquals(List.of(
                "Indikator 6 Pelembagaan Partisipasi Anak, pertanyaan 1: nilai yang diberikan, 13,00, melebihi nilai "
                        + "maksimum pertanyaan, 12,00; hanya 12,00 yang dihitung",
                "Indikator 6 Pelembagaan Partisipasi Anak: subtotal yang tertulis 19,50, sedangkan hasil perhitungan "
                        + "dari pertanyaannya 18,50",
                "Klaster I: subtotal yang tertulis 59,50, sedangkan hasil perhitungan dari pertanyaannya 48,50; "
                        + "selisih ini berasal dari Indikator 6 Pelembagaan Partisipasi Anak"),
                indonesian.recapIssues(card));
        assertEquals(List.of(
                "Indicator 6 Institutionalised child participation, question 1: the points awarded, 13.00, exceed the "
                        + "question's maximum, 12.00; only 12.00 counts",
                "Indicator 6 Institutionalised child participation: the stated subtotal is 19.50, but its questions "
                        + "give 18.50",
                "Cluster I: the stated subtotal is 59.50, but its questions give 48.50; the difference carries up "
                        + "that of Indicator 6 Institutionalised child participation"),
                english.recapIssues(card));
    }
}
