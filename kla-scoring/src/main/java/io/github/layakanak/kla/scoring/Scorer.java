package io.github.layakanak.kla.scoring;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.Rung;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import io.github.layakanak.kla.scoring.pack.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores one submission under one pack. Created per call; every method is a pure function of the two.
 *
 * <p>The same rating runs under different views of the evidence: the stage's own (what counts now), with the
 * pending documents accepted or rejected (the provisional range), and with one more document counted (the cost
 * of a deficiency). Explanations are built only for the stage's own view.
 */
final class Scorer {

    /** Which evidence counts, for one indicator. */
    private interface View {
        boolean counts(Evidence evidence, IndicatorRule rule);
    }

    private final RulePack pack;
    private final Submission submission;
    private final Stage stage;
    private final Map<String, Answer> answers;
    private final Map<String, Integer> answerIndex;

    Scorer(RulePack pack, Submission submission) {
        this.pack = pack;
        this.submission = submission;
        this.stage = submission.stage();
        this.answers = new HashMap<>();
        this.answerIndex = new HashMap<>();
        List<Answer> given = submission.answers();
        for (int i = 0; i < given.size(); i++) {
            answers.putIfAbsent(given.get(i).indicator(), given.get(i));
            answerIndex.putIfAbsent(given.get(i).indicator(), i);
        }
    }

    ScoreCard score() {
        View stageView = (e, rule) -> accepted(e, rule) && pack.counts(statusOf(e), stage);
        List<IndicatorScore> indicators = new ArrayList<>(pack.indicators().size());
        List<Deficiency> deficiencies = new ArrayList<>();
        List<RecapIssue> recapIssues = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        Map<Cluster, BigDecimal> clusterPoints = new EnumMap<>(Cluster.class);
        boolean anyPending = false;
        for (IndicatorRule rule : pack.indicators()) {
            Answer answer = answers.get(rule.id());
            Result result = rate(rule, answer, stageView, true);
            BigDecimal points = indicatorPoints(result.points);
            indicators.add(new IndicatorScore(rule.id(), rule.indicator().code(), rule.indicator().cluster(),
                    points, rule.max().value(), result.step, result.questions, result.explanation));
            total = total.add(points);
            clusterPoints.merge(rule.indicator().cluster(), points, BigDecimal::add);
            deficiencies.addAll(deficiencies(rule, answer, result, stageView));
            recapIssues.addAll(result.recapIssues);
            if (answer != null) {
                anyPending |= answer.allEvidence().anyMatch(e -> statusOf(e) == VerificationStatus.PENDING);
                BigDecimal shown = pack.rounding().round(points);
                answer.statedPoints().ifPresent(stated -> {
                    if (stated.compareTo(shown) != 0) {
                        recapIssues.add(new RecapIssue(RecapIssue.Kind.INDICATOR_SUBTOTAL_MISMATCH,
                                "/answers/" + answerIndex.get(rule.id()) + "/statedPoints", Optional.of(rule.id()),
                                Optional.empty(), Optional.empty(), stated, shown));
                    }
                });
            }
        }
        total = pack.rounding().round(total);

        List<ClusterScore> clusters = new ArrayList<>();
        for (SectionRule section : pack.sections()) {
            BigDecimal points = pack.rounding().round(clusterPoints.getOrDefault(section.cluster(), BigDecimal.ZERO));
            clusters.add(new ClusterScore(section.cluster(), points, section.max().value()));
            BigDecimal stated = submission.statedSectionPoints().get(section.cluster());
            if (stated != null && stated.compareTo(points) != 0) {
                recapIssues.add(new RecapIssue(RecapIssue.Kind.SECTION_SUBTOTAL_MISMATCH,
                        "/statedSectionPoints/" + section.cluster().name(), Optional.empty(), Optional.empty(),
                        Optional.of(section.cluster()), stated, points));
            }
        }

        List<ConditionOutcome> conditions = new ArrayList<>();
        Rank rank = rankOf(total, stageView, conditions);
        ProvisionalRange range;
        if (anyPending) {
            View accepted = (e, rule) -> accepted(e, rule) && (statusOf(e) == VerificationStatus.PENDING
                    || pack.counts(statusOf(e), stage));
            View rejected = (e, rule) -> accepted(e, rule) && statusOf(e) != VerificationStatus.PENDING
                    && pack.counts(statusOf(e), stage);
            BigDecimal low = totalUnder(rejected);
            BigDecimal high = totalUnder(accepted);
            range = new ProvisionalRange(low, rankOf(low, rejected, new ArrayList<>()), high,
                    rankOf(high, accepted, new ArrayList<>()));
        } else {
            range = new ProvisionalRange(total, rank, total, rank);
        }

        BigDecimal gateTotal = total;
        Optional<GateOutcome> gate = pack.findGate().map(g -> new GateOutcome(g.stage(), g.threshold().value(),
                g.inclusive(), stage.compareTo(g.stage()) >= 0, g.passes(gateTotal), g.threshold().provenance()));

        return new ScoreCard(pack.id(), submission.region(), submission.year(), stage, total, rank, clusters,
                indicators, deficiencies, range, gate, conditions, recapIssues, Stamp.of(pack, submission));
    }

    private BigDecimal totalUnder(View view) {
        BigDecimal total = BigDecimal.ZERO;
        for (IndicatorRule rule : pack.indicators()) {
            total = total.add(indicatorPoints(rate(rule, answers.get(rule.id()), view, false).points));
        }
        return pack.rounding().round(total);
    }

    /** An indicator's points: rounded where the pack rounds per indicator, exact where it rounds the total. */
    private BigDecimal indicatorPoints(BigDecimal exact) {
        return pack.rounding().at() == Rounding.Point.INDICATOR ? pack.rounding().round(exact) : exact;
    }

    private Rank rankOf(BigDecimal total, View view, List<ConditionOutcome> outcomes) {
        Rank byBands = pack.bands().rankOf(total);
        Rank rank = byBands;
        for (RankCondition condition : pack.rankConditions()) {
            if (!condition.enabled()) {
                continue;
            }
            Answer answer = answers.get(condition.indicator());
            IndicatorRule rule = pack.indicator(condition.indicator());
            boolean met = answer != null && answer.allEvidence()
                    .anyMatch(e -> e.type() == condition.evidenceType() && view.counts(e, rule));
            boolean capped = !met && byBands.compareTo(condition.rank()) >= 0;
            if (capped) {
                Rank below = Rank.values()[condition.rank().ordinal() - 1];
                rank = rank.compareTo(below) > 0 ? below : rank;
            }
            outcomes.add(new ConditionOutcome(condition.id(), condition.rank(), met, capped));
        }
        return rank;
    }

    private VerificationStatus statusOf(Evidence evidence) {
        return evidence.verdictAt(stage).status();
    }

    private static boolean accepted(Evidence evidence, IndicatorRule rule) {
        Set<EvidenceType> accepted = rule.indicator().acceptedEvidence();
        return accepted.isEmpty() || accepted.contains(evidence.type());
    }

    /** What rating one indicator gives. */
    private static final class Result {
        BigDecimal points = BigDecimal.ZERO;
        String step = "NOT_ANSWERED";
        List<QuestionScore> questions = List.of();
        Explanation explanation = new Explanation("", "", List.of());
        List<RecapIssue> recapIssues = List.of();
    }

    private Result rate(IndicatorRule rule, Answer answer, View view, boolean explain) {
        Result result = new Result();
        BigDecimal max = rule.max().value();
        if (answer == null) {
            if (explain) {
                result.explanation = new Explanation("Tidak dijawab: 0 dari " + Texts.number(max) + " poin",
                        "Not answered: 0 of " + Texts.number(max) + " points", List.of(rule.max().provenance()));
            }
            return result;
        }
        if (rule.byQuestions()) {
            return rateQuestions(rule, answer, view, explain, result);
        }
        Rubric rubric = rule.rubric().orElseThrow();
        Rated rated = rateOne(rubric, answer.value(), Optional.empty(), answer.evidence(), rule,
                rule.evidenceRequired(), view, explain);
        result.points = rated.fraction.multiply(max);
        result.step = rated.step;
        if (explain) {
            String tail = " = " + Texts.points(pack.rounding().round(result.points));
            result.explanation = new Explanation(
                    rated.textId + (rated.fraction.signum() > 0 || rated.step.equals("NO_EVIDENCE") ? ": "
                            + Texts.number(rated.fraction) + " × " + Texts.number(max) + tail + " poin" : ""),
                    rated.textEn + (rated.fraction.signum() > 0 || rated.step.equals("NO_EVIDENCE") ? ": "
                            + Texts.number(rated.fraction) + " × " + Texts.number(max) + tail + " points" : ""),
                    List.of(rule.max().provenance(), rubric.provenance()));
            if (rated.fraction.signum() == 0 && !rated.step.equals("NO_EVIDENCE")) {
                result.explanation = new Explanation(rated.textId + ": 0 dari " + Texts.number(max) + " poin",
                        rated.textEn + ": 0 of " + Texts.number(max) + " points",
                        List.of(rule.max().provenance(), rubric.provenance()));
            }
        }
        return result;
    }

    private Result rateQuestions(IndicatorRule rule, Answer answer, View view, boolean explain, Result result) {
        int index = answerIndex.get(rule.id());
        Map<String, Integer> byCode = new HashMap<>();
        for (int j = 0; j < answer.questions().size(); j++) {
            byCode.putIfAbsent(answer.questions().get(j).question(), j);
        }
        List<QuestionScore> scores = new ArrayList<>();
        List<RecapIssue> issues = new ArrayList<>();
        Set<Provenance> sources = new LinkedHashSet<>();
        sources.add(rule.max().provenance());
        BigDecimal sum = BigDecimal.ZERO;
        int answered = 0;
        for (QuestionRule question : rule.questions()) {
            Integer j = byCode.get(question.code());
            BigDecimal qMax = question.max();
            if (j == null) {
                scores.add(new QuestionScore(question.code(), zero(), qMax, "NOT_ANSWERED",
                        QuestionScore.Source.NOT_ANSWERED));
                continue;
            }
            answered++;
            QuestionAnswer qa = answer.questions().get(j);
            BigDecimal points;
            String step;
            QuestionScore.Source source;
            if (qa.awardedPoints().isPresent()) {
                BigDecimal awarded = qa.awardedPoints().get();
                if (awarded.compareTo(qMax) > 0) {
                    issues.add(new RecapIssue(RecapIssue.Kind.QUESTION_ABOVE_MAX,
                            "/answers/" + index + "/questions/" + j + "/awardedPoints", Optional.of(rule.id()),
                            Optional.of(question.code()), Optional.empty(), awarded, qMax));
                    awarded = qMax;
                }
                points = awarded;
                step = "AWARDED";
                source = QuestionScore.Source.AWARDED;
                sources.add(question.maxProvenance());
            } else {
                List<Evidence> evidence = qa.evidence().isEmpty() ? answer.evidence()
                        : concat(qa.evidence(), answer.evidence());
                Rated rated = rateOne(question.rubric(), qa.value(), qa.option(), evidence, rule,
                        question.evidenceRequired(), view, false);
                points = rated.fraction.multiply(qMax);
                step = rated.step;
                source = rated.step.equals("NOT_ANSWERED") ? QuestionScore.Source.NOT_ANSWERED
                        : QuestionScore.Source.DECLARED;
                sources.add(question.maxProvenance());
                sources.add(question.rubric().provenance());
            }
            sum = sum.add(points);
            scores.add(new QuestionScore(question.code(), pack.rounding().round(points), qMax, step, source));
        }
        BigDecimal max = rule.max().value();
        boolean capped = sum.compareTo(max) > 0;
        result.points = capped ? max : sum;
        result.step = "QUESTIONS";
        result.questions = scores;
        result.recapIssues = issues;
        if (explain) {
            rule.capProvenance().filter(p -> capped).ifPresent(sources::add);
            String n = answered + " / " + rule.questions().size();
            String sumText = Texts.points(pack.rounding().round(sum));
            result.explanation = new Explanation(
                    "Jumlah poin " + n + " pertanyaan yang dijawab: " + sumText + " poin"
                            + (capped ? ", dibatasi pada maksimum indikator " + Texts.number(max) : ""),
                    "Sum of the " + n + " questions answered: " + sumText + " points"
                            + (capped ? ", capped at the indicator maximum of " + Texts.number(max) : ""),
                    List.copyOf(sources));
        }
        return result;
    }

    /** The rating of one value or option under one rubric. */
    private static final class Rated {
        BigDecimal fraction = BigDecimal.ZERO;
        String step = "NOT_ANSWERED";
        String textId = "Tidak dijawab";
        String textEn = "Not answered";
    }

    private Rated rateOne(Rubric rubric, Optional<IndicatorValue> value, Optional<String> option,
            List<Evidence> evidence, IndicatorRule rule, boolean evidenceRequired, View view, boolean explain) {
        Rated rated = new Rated();
        if (value.isEmpty() && option.isEmpty()) {
            return rated;
        }
        String givenId = value.map(Texts::valueId).orElseGet(() -> "Opsi " + option.orElseThrow());
        String givenEn = value.map(Texts::valueEn).orElseGet(() -> "Option " + option.orElseThrow());
        boolean anyCounted = false;
        DocumentLevel strongest = DocumentLevel.NONE;
        for (Evidence e : evidence) {
            if (view.counts(e, rule)) {
                anyCounted = true;
                DocumentLevel level = e.type().isRegulation() ? e.type().documentLevel() : DocumentLevel.DRAFT;
                strongest = level.compareTo(strongest) > 0 ? level : strongest;
            }
        }
        Response response = new Response(value, option);
        String capId = "";
        String capEn = "";
        if (evidenceRequired && value.isPresent() && value.get() instanceof IndicatorValue.Document claimed
                && rubric instanceof Rubric.DocumentLadder) {
            if (claimed.level().compareTo(strongest) > 0) {
                response = Response.of(IndicatorValue.document(strongest));
                capId = ", tetapi data dukung terkuat yang dihitung pada tahap " + stage.nameId() + " adalah "
                        + strongest.nameId();
                capEn = ", but the strongest evidence that counts at " + stage.nameEn() + " is " + strongest.nameEn();
            }
        } else if (evidenceRequired && !anyCounted) {
            rated.step = "NO_EVIDENCE";
            if (explain) {
                rated.textId = givenId + ", tetapi tidak ada data dukung yang dihitung pada tahap " + stage.nameId();
                rated.textEn = givenEn + ", but no evidence counts at " + stage.nameEn();
            }
            return rated;
        }
        Rung rung = rubric.rate(response);
        Step step = rung.step();
        rated.fraction = rung.fraction();
        rated.step = step.id();
        if (explain) {
            if (rubric instanceof Rubric.Composite composite) {
                rated.textId = parts(composite, rung, true);
                rated.textEn = parts(composite, rung, false);
            } else {
                rated.textId = givenId + capId + " → " + step.labelId();
                rated.textEn = givenEn + capEn + " → " + step.labelEn();
            }
        }
        return rated;
    }

    /** A composite's items with the step each reached and its weight: "Gugus tugas: Berfungsi penuh (× 0.4); ...". */
    private static String parts(Rubric.Composite composite, Rung rung, boolean indonesian) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < composite.items().size(); i++) {
            Rubric.Composite.Item item = composite.items().get(i);
            Step step = rung.parts().get(i).step();
            text.append(i == 0 ? "" : "; ").append(indonesian ? item.labelId() : item.labelEn()).append(": ")
                    .append(indonesian ? step.labelId() : step.labelEn()).append(" (")
                    .append(Texts.number(rung.parts().get(i).fraction())).append(" × ")
                    .append(Texts.number(item.weight())).append(')');
        }
        return text.toString();
    }

    private List<Deficiency> deficiencies(IndicatorRule rule, Answer answer, Result result, View view) {
        BigDecimal max = rule.max().value();
        if (answer == null) {
            return List.of(new Deficiency(rule.id(), Optional.empty(), Deficiency.Kind.NOT_ANSWERED, Optional.empty(),
                    Optional.empty(), max, new Explanation(
                            "Indikator belum dijawab: isi nilainya dan lampirkan data dukung (hingga "
                                    + Texts.number(max) + " poin)",
                            "The indicator is not answered: give its value and attach evidence (up to "
                                    + Texts.number(max) + " points)", List.of(rule.max().provenance()))));
        }
        List<Deficiency> found = new ArrayList<>();
        BigDecimal actual = indicatorPoints(result.points);
        if (!rule.byQuestions()) {
            if (answer.value().isEmpty()) {
                found.add(notAnswered(rule, Optional.empty(), max));
                return found;
            }
            evidenceDeficiencies(rule, answer, Optional.empty(), answer.evidence(), rule.evidenceRequired(),
                    actual, view, found);
            return found;
        }
        Map<String, QuestionAnswer> byCode = new HashMap<>();
        answer.questions().forEach(q -> byCode.putIfAbsent(q.question(), q));
        for (QuestionRule question : rule.questions()) {
            QuestionAnswer qa = byCode.get(question.code());
            if (qa == null || (qa.awardedPoints().isEmpty() && qa.option().isEmpty() && qa.value().isEmpty())) {
                found.add(notAnswered(rule, Optional.of(question.code()), question.max()));
            } else if (qa.awardedPoints().isEmpty()) {
                evidenceDeficiencies(rule, answer, Optional.of(question.code()), qa.evidence(),
                        question.evidenceRequired(), actual, view, found);
            }
        }
        return found;
    }

    private Deficiency notAnswered(IndicatorRule rule, Optional<String> question, BigDecimal max) {
        String what = question.map(q -> "Pertanyaan " + q).orElse("Indikator");
        String whatEn = question.map(q -> "Question " + q).orElse("The indicator");
        return new Deficiency(rule.id(), question, Deficiency.Kind.NOT_ANSWERED, Optional.empty(), Optional.empty(),
                max, new Explanation(what + " belum dijawab (hingga " + Texts.number(max) + " poin)",
                        whatEn + " is not answered (up to " + Texts.number(max) + " points)",
                        List.of(rule.max().provenance())));
    }

    private void evidenceDeficiencies(IndicatorRule rule, Answer answer, Optional<String> question,
            List<Evidence> own, boolean required, BigDecimal actual, View view, List<Deficiency> found) {
        if (!required) {
            return;
        }
        List<Evidence> all = question.isPresent() ? concat(own, answer.evidence()) : own;
        if (all.isEmpty()) {
            BigDecimal gain = gainWith(rule, answer, actual, (e, r) -> true, view, true);
            found.add(new Deficiency(rule.id(), question, Deficiency.Kind.NO_EVIDENCE, Optional.empty(),
                    Optional.empty(), gain, new Explanation(
                            "Lampirkan data dukung yang sah (" + Texts.typesId(rule.indicator().acceptedEvidence())
                                    + "): +" + Texts.points(gain) + " poin",
                            "Attach valid evidence (" + Texts.typesEn(rule.indicator().acceptedEvidence())
                                    + "): +" + Texts.points(gain) + " points", List.of(rule.max().provenance()))));
            return;
        }
        for (Evidence e : own) {
            if (view.counts(e, rule)) {
                continue;
            }
            BigDecimal gain = gainWith(rule, answer, actual, (x, r) -> x == e, view, false);
            found.add(evidenceDeficiency(rule, question, e, gain));
        }
    }

    private BigDecimal gainWith(IndicatorRule rule, Answer answer, BigDecimal actual, View extra, View view,
            boolean waiveRequirement) {
        View widened = (e, r) -> view.counts(e, r) || extra.counts(e, r);
        IndicatorRule effective = waiveRequirement ? withoutEvidenceRequirement(rule) : rule;
        BigDecimal better = indicatorPoints(rate(effective, answer, widened, false).points);
        BigDecimal gain = pack.rounding().round(better.subtract(actual));
        return gain.signum() < 0 ? zero() : gain;
    }

    private static IndicatorRule withoutEvidenceRequirement(IndicatorRule rule) {
        List<QuestionRule> questions = rule.questions().stream()
                .map(q -> new QuestionRule(q.question(), q.maxProvenance(), q.rubric(), false)).toList();
        return new IndicatorRule(rule.indicator(), rule.max(), rule.rubric(), questions, rule.capProvenance(), false);
    }

    private Deficiency evidenceDeficiency(IndicatorRule rule, Optional<String> question, Evidence e,
            BigDecimal gain) {
        String title = e.title();
        String points = Texts.points(gain);
        Optional<String> reason = Optional.empty();
        Deficiency.Kind kind;
        String id;
        String en;
        if (!accepted(e, rule)) {
            kind = Deficiency.Kind.EVIDENCE_NOT_ACCEPTED;
            id = "Jenis " + e.type().nameId() + " ('" + title + "') tidak dihitung untuk indikator ini; lampirkan "
                    + Texts.typesId(rule.indicator().acceptedEvidence()) + ": +" + points + " poin";
            en = "A " + e.type().nameEn() + " ('" + title + "') does not count for this indicator; attach "
                    + Texts.typesEn(rule.indicator().acceptedEvidence()) + ": +" + points + " points";
        } else {
            VerificationStatus status = statusOf(e);
            if (status == VerificationStatus.INVALID) {
                kind = Deficiency.Kind.EVIDENCE_INVALID;
                reason = e.verdictAt(stage).reason();
                String why = reason.map(r -> " (" + r + ")").orElse("");
                id = "Data dukung '" + title + "' dinyatakan tidak sah" + why + ": perbaiki atau ganti untuk +"
                        + points + " poin";
                en = "Evidence '" + title + "' was found invalid" + why + ": mend or replace it for +" + points
                        + " points";
            } else if (status == VerificationStatus.MISSING) {
                kind = Deficiency.Kind.EVIDENCE_MISSING;
                id = "Berkas '" + title + "' tidak ditemukan: unggah ulang untuk +" + points + " poin";
                en = "The file of '" + title + "' could not be found: upload it again for +" + points + " points";
            } else {
                kind = Deficiency.Kind.EVIDENCE_PENDING;
                id = "Data dukung '" + title + "' belum diverifikasi: jika diterima, +" + points + " poin";
                en = "Evidence '" + title + "' is not verified yet: if accepted, +" + points + " points";
            }
        }
        return new Deficiency(rule.id(), question, kind, Optional.of(title), reason, gain,
                new Explanation(id, en, List.of(pack.stageRules().provenance())));
    }

    private BigDecimal zero() {
        return pack.rounding().round(BigDecimal.ZERO);
    }

    private static List<Evidence> concat(List<Evidence> a, List<Evidence> b) {
        List<Evidence> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    /** Names every reason the pack cannot score the submission, each at its JSON pointer. */
    static List<String> problems(RulePack pack, Submission submission) {
        List<String> problems = new ArrayList<>();
        if (!pack.governs(submission.year())) {
            problems.add("/year: pack [" + pack.id() + "] governs " + pack.years() + ", not [" + submission.year()
                    + "]");
        }
        RegionRegistry registry = RegionRegistry.of(pack.regionEdition());
        if (registry.find(submission.region().code()).isEmpty()) {
            problems.add("/region/code: [" + submission.region().code() + "] is not a regency or city of edition ["
                    + pack.regionEdition() + "], which pack [" + pack.id() + "] uses");
        }
        Set<String> seen = new HashSet<>();
        List<Answer> answers = submission.answers();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String at = "/answers/" + i;
            Optional<IndicatorRule> found = pack.findIndicator(answer.indicator());
            if (found.isEmpty()) {
                problems.add(at + "/indicator: pack [" + pack.id() + "] has no indicator [" + answer.indicator()
                        + "]");
                continue;
            }
            if (!seen.add(answer.indicator())) {
                problems.add(at + "/indicator: indicator [" + answer.indicator() + "] is answered twice");
            }
            IndicatorRule rule = found.get();
            if (rule.byQuestions()) {
                answer.value().ifPresent(v -> problems.add(at + "/value: indicator [" + rule.id()
                        + "] is scored by its questions; give the values per question"));
                Set<String> codes = new HashSet<>();
                for (int j = 0; j < answer.questions().size(); j++) {
                    QuestionAnswer qa = answer.questions().get(j);
                    String qat = at + "/questions/" + j;
                    Optional<QuestionRule> question = rule.findQuestion(qa.question());
                    if (question.isEmpty()) {
                        problems.add(qat + "/question: indicator [" + rule.id() + "] has no question ["
                                + qa.question() + "]; it has " + rule.questions().stream().map(QuestionRule::code)
                                .toList());
                        continue;
                    }
                    if (!codes.add(qa.question())) {
                        problems.add(qat + "/question: question [" + qa.question() + "] is answered twice");
                    }
                    checkResponse(question.get().rubric(), qa.value(), qa.option(), qat, problems);
                }
            } else {
                if (!answer.questions().isEmpty()) {
                    problems.add(at + "/questions: indicator [" + rule.id() + "] is scored as a whole in pack ["
                            + pack.id() + "]; it asks no questions");
                }
                checkResponse(rule.rubric().orElseThrow(), answer.value(), Optional.empty(), at, problems);
            }
        }
        for (Cluster cluster : submission.statedSectionPoints().keySet()) {
            if (pack.sections().stream().noneMatch(s -> s.cluster() == cluster)) {
                problems.add("/statedSectionPoints/" + cluster.name() + ": pack [" + pack.id()
                        + "] does not score section [" + cluster.name() + "]");
            }
        }
        return problems;
    }

    private static void checkResponse(Rubric rubric, Optional<IndicatorValue> value, Optional<String> option,
            String at, List<String> problems) {
        value.ifPresent(v -> {
            if (!rubric.valueKinds().contains(v.kind())) {
                problems.add(at + "/value/kind: the " + rubric.kind() + " rubric rates "
                        + (rubric.valueKinds().isEmpty() ? "an option" : rubric.valueKinds().toString())
                        + ", not [" + v.kind() + "]");
            } else if (v instanceof IndicatorValue.Composite composite && rubric instanceof Rubric.Composite c) {
                for (String key : composite.items().keySet()) {
                    Optional<Rubric.Composite.Item> item = c.items().stream().filter(i -> i.id().equals(key))
                            .findFirst();
                    if (item.isEmpty()) {
                        problems.add(at + "/value/items/" + key + ": the composite has no item [" + key + "]; it has "
                                + c.items().stream().map(Rubric.Composite.Item::id).toList());
                    } else {
                        checkResponse(item.get().rubric(), Optional.of(composite.items().get(key)),
                                Optional.empty(), at + "/value/items/" + key, problems);
                    }
                }
            }
        });
        option.ifPresent(o -> {
            if (rubric.findStep(o).isEmpty() || !(rubric instanceof Rubric.Options)) {
                problems.add(at + "/option: [" + o + "] is not an option of this question; the options are "
                        + (rubric instanceof Rubric.Options ? rubric.steps().stream().map(Step::id).toList()
                                : "none (it asks for a value)"));
            }
        });
    }
}
