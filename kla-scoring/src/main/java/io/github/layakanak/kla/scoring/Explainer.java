package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.scoring.internal.Words;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.Rating;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.Rung;
import io.github.layakanak.kla.scoring.rubric.Composite;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Says in words, in Indonesian or English, what a scorecard holds as structured outcomes: why each indicator
 * earned its points, what each deficiency costs and what to do about it, which rules (and their sources) were
 * applied. The words come from resource bundles, rendered on demand; scoring builds none.
 *
 * <pre>{@code
 * Explainer explainer = Explainer.of(pack, Locale.forLanguageTag("id"));
 * explainer.indicator(card.findIndicator("birth-certificates").orElseThrow());
 * // "83,7% → 75% sampai di bawah 90%: 0,75 × 30 = 22,50 poin"
 * explainer.deficiency(card.deficiencies().get(0));
 * // "Data dukung 'Cakupan akta 2021' dinyatakan tidak sah (tanpa stempel): perbaiki atau ganti untuk +30,00 poin"
 * }</pre>
 *
 * <p>Numbers are written as the language writes them: Indonesian with a decimal comma ({@code 22,50}), English with
 * a decimal point ({@code 22.50}); points with at least two decimals, other numbers without trailing zeros, and no
 * thousands separator in either language.
 *
 * <p>An explainer is for one pack and one language; it is immutable and thread-safe. Give it scorecards of that
 * pack. The same scorecard always gives the same words.
 */
public final class Explainer {

    private final RulePack pack;
    private final Words words;
    /** The words of the rungs of every rubric of the pack, by rubric (by identity) and rung id, made when first asked. */
    private final Map<Rubric, Map<String, String>> rungWords = new IdentityHashMap<>();

    private Explainer(RulePack pack, Words words) {
        this.pack = pack;
        this.words = words;
        for (Rubric rubric : Words.rubrics(pack)) {
            rungWords.put(rubric, new ConcurrentHashMap<>());
        }
    }

    /**
     * Creates an explainer.
     *
     * @param pack   the pack whose scorecards it explains
     * @param locale the language: Indonesian ({@code id}) or English (any other)
     * @return the explainer
     */
    public static Explainer of(RulePack pack, Locale locale) {
        requireNonNull(pack, "pack");
        requireNonNull(locale, "locale");
        return new Explainer(pack, Words.of(locale, pack));
    }

    /**
     * Returns the language it speaks.
     *
     * @return Indonesian ({@code id}) or English ({@code en})
     */
    public Locale locale() {
        return words.locale();
    }

    private IndicatorRule rule(String indicator) {
        return pack.findIndicator(indicator).orElseThrow(() -> new IllegalArgumentException(String.format(
                Locale.ROOT, "pack [%s] has no indicator [%s]; explain scorecards of that pack", pack.id(),
                indicator)));
    }

    /**
     * Says why an indicator earned its points.
     *
     * @param score the indicator's score, from a scorecard of this explainer's pack
     * @return the explanation, such as {@code "83,7% → 75% sampai di bawah 90%: 0,75 × 30 = 22,50 poin"}
     * @throws IllegalArgumentException if the pack has no such indicator
     */
    public String indicator(IndicatorScore score) {
        requireNonNull(score, "score");
        IndicatorRule rule = rule(score.indicator());
        BigDecimal max = score.max();
        switch (score.basis()) {
            case NOT_ANSWERED:
                return words.text("explain.notAnswered", max);
            case QUESTIONS: {
                long answered = score.questions().stream().filter(q -> q.basis() != Basis.NOT_ANSWERED).count();
                String sum = words.points(score.questions().stream().map(QuestionScore::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
                return words.text(score.capped() ? "explain.questions.capped" : "explain.questions", answered,
                        score.questions().size(), sum, max);
            }
            default:
                Rubric rubric = rule.rubric().orElseThrow();
                Rating rating = score.rating().orElseThrow();
                if (score.value().orElse(null) instanceof IndicatorValue.Composite && score.basis() == Basis.RATED) {
                    // A composite's value is its items: what each reached says it all.
                    return words.text("explain.rated.parts", rating(rubric, rating), rating.fraction(), max,
                            words.points(score.points()));
                }
                String given = score.value().map(this::value).orElse("");
                return rated(rubric, given, score.basis(), rating, score.points(), max);
        }
    }

    /**
     * Says why a question of an instrument-shaped indicator earned its points.
     *
     * @param indicator the indicator's score
     * @param question  one of its questions' scores
     * @return the explanation
     * @throws IllegalArgumentException if the pack has no such indicator or question
     */
    public String question(IndicatorScore indicator, QuestionScore question) {
        requireNonNull(indicator, "indicator");
        requireNonNull(question, "question");
        QuestionRule rule = questionRule(indicator.indicator(), question.question());
        switch (question.basis()) {
            case NOT_ANSWERED:
                return words.text("explain.question.notAnswered", question.max());
            case AWARDED:
                return words.text("explain.question.awarded", words.points(question.points()), question.max());
            default:
                String given = question.option()
                        .map(option -> describe(rule.rubric(), new Rung(option, BigDecimal.ZERO)))
                        .or(() -> question.value().map(this::value)).orElse("");
                return rated(rule.rubric(), given, question.basis(), question.rating().orElseThrow(),
                        question.points(), question.max());
        }
    }

    private QuestionRule questionRule(String indicator, String code) {
        return rule(indicator).findQuestion(code).orElseThrow(() -> new IllegalArgumentException(String.format(
                Locale.ROOT, "indicator [%s] of pack [%s] has no question [%s]", indicator, pack.id(), code)));
    }

    /** "{given} → {rung}: {fraction} × {max} = {points} poin", and its variants. */
    private String rated(Rubric rubric, String given, Basis basis, Rating rating, BigDecimal points, BigDecimal max) {
        String reached = rating(rubric, rating);
        if (basis == Basis.NO_EVIDENCE) {
            return words.text("explain.noEvidence", given, reached, max,
                    words.points(pack.rounding().round(max.multiply(rating.fraction()))));
        }
        String limited = basis == Basis.LIMITED_BY_EVIDENCE ? words.text("explain.limited", reached) : "";
        if (rating.fraction().signum() == 0) {
            return words.text("explain.rated.nothing", given, limited, reached, max);
        }
        return words.text("explain.rated", given, limited, reached, rating.fraction(), max, words.points(points));
    }

    private String describe(Rubric rubric, Rung rung) {
        Map<String, String> cache = rungWords.get(rubric);
        if (cache == null || !rubric.ladder().contains(rung)) {
            return words.render(rubric.describe(rung));
        }
        return cache.computeIfAbsent(rung.id(), id -> words.render(rubric.describe(rung)));
    }

    /**
     * Says what points rest on, in a few words: "tidak dijawab", "tanpa data dukung", "per pertanyaan".
     *
     * @param basis the basis
     * @return its words
     */
    public String basis(Basis basis) {
        return words.text("basis." + requireNonNull(basis, "basis").name());
    }

    /**
     * Names a rung of a rubric.
     *
     * @param rubric the rubric
     * @param rung   one of its rungs
     * @return its words, such as {@code "Perda"} or {@code "75% sampai di bawah 90%"}
     */
    public String rung(Rubric rubric, Rung rung) {
        return describe(requireNonNull(rubric, "rubric"), requireNonNull(rung, "rung"));
    }

    /**
     * Says what a rating of a rubric reached: the rung, or for a composite what each item reached.
     *
     * @param rubric the rubric
     * @param rating one of its ratings
     * @return its words, such as {@code "Gugus tugas: berfungsi penuh (1 × 0,4); ..."}
     */
    public String rating(Rubric rubric, Rating rating) {
        requireNonNull(rubric, "rubric");
        requireNonNull(rating, "rating");
        Map<String, String> cache = rungWords.get(rubric);
        if (cache == null || !rating.parts().isEmpty() || !rating.ladder().contains(rating.rung())) {
            return words.render(rubric.describe(rating));
        }
        return cache.computeIfAbsent(rating.rung().id(), id -> words.render(rubric.describe(rating)));
    }

    /**
     * Says what a value is.
     *
     * @param value the value
     * @return its words, such as {@code "83,7% (tahun sebelumnya 80%)"} or {@code "Perda"}
     */
    public String value(IndicatorValue value) {
        requireNonNull(value, "value");
        if (value instanceof IndicatorValue.Percentage p) {
            return p.previousYear().map(y -> words.text("value.percentage.previous", p.percent(), y))
                    .orElseGet(() -> words.text("value.percentage", p.percent()));
        }
        if (value instanceof IndicatorValue.Count c) {
            return c.previousYear().map(y -> words.text("value.count.previous", c.count(), y))
                    .orElseGet(() -> words.text("value.count", c.count()));
        }
        if (value instanceof IndicatorValue.Document d) {
            return words.text("value.name", d.level());
        }
        if (value instanceof IndicatorValue.Functioning f) {
            return words.text("value.name", f.level());
        }
        if (value instanceof IndicatorValue.Presence p) {
            return words.text(p.present() ? "value.present" : "value.absent");
        }
        if (value instanceof IndicatorValue.Budget b) {
            return words.text("value.budget", words.text(b.regional() ? "value.yes" : "value.no"),
                    words.text(b.other() ? "value.yes" : "value.no"));
        }
        return words.text("value.composite", ((IndicatorValue.Composite) value).items().size());
    }

    /**
     * Says how a document stands at the scorecard's stage.
     *
     * @param evidence the document's outcome
     * @return its words, such as {@code "Laporan/Tabel Data 'Cakupan akta 2021': tidak sah (tanpa stempel)"}
     */
    public String evidence(EvidenceOutcome evidence) {
        requireNonNull(evidence, "evidence");
        String standing;
        if (!evidence.accepted()) {
            standing = words.text("evidence.notAccepted");
        } else {
            standing = switch (evidence.status()) {
                case VALID -> words.text(evidence.counts() ? "evidence.valid" : "evidence.valid.notCounted");
                case INVALID -> evidence.reason().map(r -> words.text("evidence.invalid.reason", r))
                        .orElseGet(() -> words.text("evidence.invalid"));
                case MISSING -> words.text("evidence.missing");
                case PENDING -> words.text(evidence.counts() ? "evidence.pending.counted" : "evidence.pending");
            };
        }
        return words.text("evidence", evidence.type(), evidence.title(), standing);
    }

    /**
     * Says what a deficiency costs and what to do about it.
     *
     * @param deficiency the deficiency, from a scorecard of this explainer's pack
     * @return the words, such as {@code "Berkas 'RAD KLA' tidak ditemukan: unggah ulang untuk +20,00 poin"}
     * @throws IllegalArgumentException if the pack has no such indicator
     */
    public String deficiency(Deficiency deficiency) {
        requireNonNull(deficiency, "deficiency");
        IndicatorRule rule = rule(deficiency.indicator());
        String cost = words.points(deficiency.cost());
        Set<EvidenceType> accepted = rule.indicator().acceptedEvidence();
        Object types = accepted.isEmpty() ? words.text("deficiency.anyDocument") : List.copyOf(accepted);
        Optional<EvidenceOutcome> e = deficiency.evidence();
        String title = e.map(EvidenceOutcome::title).orElse("");
        switch (deficiency.kind()) {
            case NOT_ANSWERED:
                return deficiency.question()
                        .map(q -> words.text("deficiency.question.notAnswered", q, topic(rule, q), deficiency.cost()))
                        .orElseGet(() -> words.text("deficiency.notAnswered", deficiency.cost()));
            case NO_EVIDENCE:
                return words.text("deficiency.noEvidence", types, cost);
            case EVIDENCE_NOT_ACCEPTED:
                return words.text("deficiency.notAccepted", e.map(EvidenceOutcome::type).orElse(EvidenceType.OTHER),
                        title, types, cost);
            case EVIDENCE_INVALID:
                return e.flatMap(EvidenceOutcome::reason)
                        .map(reason -> words.text("deficiency.invalid.reason", title, reason, cost))
                        .orElseGet(() -> words.text("deficiency.invalid", title, cost));
            case EVIDENCE_MISSING:
                return words.text("deficiency.missing", title, cost);
            default:
                return words.text("deficiency.pending", title, cost);
        }
    }

    /**
     * Says why a loss's points were lost, without the points themselves (a report shows them beside it): "75% s.d.
     * di bawah 90%, tingkat berikutnya 90% ke atas", or why a document does not count.
     *
     * @param loss a loss of a scorecard of this explainer's pack
     * @return the words
     * @throws IllegalArgumentException if the pack has no such indicator or question
     */
    public String loss(Loss loss) {
        requireNonNull(loss, "loss");
        IndicatorRule rule = rule(loss.indicator());
        Rubric rubric = loss.question().map(q -> questionRule(loss.indicator(), q).rubric())
                .orElseGet(() -> rule.rubric().orElse(null));
        String where = "";
        if (loss.item().isPresent() && rubric instanceof Composite composite) {
            Optional<Composite.Item> item = composite.findItem(loss.item().get());
            where = item.map(i -> words.render(i.label())).orElse(loss.item().get());
            rubric = item.map(Composite.Item::rubric).orElse(rubric);
        }
        String title = loss.evidence().map(EvidenceOutcome::title).orElse("");
        Rubric described = rubric;
        String reached = described == null ? "" : loss.reached().map(r -> describe(described, r)).orElse("");
        String sentence = switch (loss.cause()) {
            case NOT_ANSWERED -> loss.question()
                    .map(q -> words.text("loss.question.notAnswered", q, topic(rule, q)))
                    .orElseGet(() -> words.text(loss.item().isPresent() ? "loss.item.notAnswered" : "loss.notAnswered"));
            case BELOW_TOP -> described == null || loss.reached().isEmpty() ? words.text("loss.belowTop.weights")
                    : loss.next().map(next -> words.text("loss.belowTop", reached, describe(described, next)))
                            .orElseGet(() -> words.text("loss.belowTop.last", reached));
            case NO_EVIDENCE -> words.text("loss.noEvidence", reached);
            case EVIDENCE_NOT_ACCEPTED -> words.text("loss.notAccepted", title,
                    loss.evidence().map(EvidenceOutcome::type).orElse(EvidenceType.OTHER));
            case EVIDENCE_INVALID -> loss.evidence().flatMap(EvidenceOutcome::reason)
                    .map(reason -> words.text("loss.invalid.reason", title, reason))
                    .orElseGet(() -> words.text("loss.invalid", title));
            case EVIDENCE_MISSING -> words.text("loss.missing", title);
            case WITHOUT_LEGALITY -> words.text("loss.withoutLegality", title);
            case EVIDENCE_PENDING -> words.text("loss.pending", title);
            case AWARDED_BELOW_MAX -> words.text("loss.awarded");
        };
        return where.isEmpty() ? sentence : words.text("loss.item", where, sentence);
    }

    /**
     * Names a loss's cause in a word or two, for a column or a chart's legend.
     *
     * @param cause the cause
     * @return its name
     */
    public String cause(Loss.Cause cause) {
        return words.text("cause." + requireNonNull(cause, "cause").name());
    }

    /**
     * Says an inconsistency of a verifier's recap, the indicator named by its number and name (as the reports name
     * it) or the section by its name, never by a pointer or an id.
     *
     * @param issue the issue, from a scorecard of this explainer's pack
     * @return its words, such as {@code "Indikator 7 Perkawinan Anak: subtotal yang tertulis 30,00, sedangkan hasil
     *         perhitungan kla 28,00"}
     * @throws IllegalArgumentException if the pack has no such indicator
     */
    public String recapIssue(RecapIssue issue) {
        requireNonNull(issue, "issue");
        return words.text("recap." + issue.kind().name(), where(issue), issue.question().orElse(""),
                words.points(issue.stated()), words.points(issue.expected()));
    }

    /**
     * Says every finding of a scorecard's recap check, each as {@link #recapIssue(RecapIssue)} does, and for one
     * that carries up others, which: {@code "Klaster II: subtotal yang tertulis 98,80, sedangkan hasil perhitungan
     * dari pertanyaannya 93,80; selisih ini berasal dari Indikator 7 Perkawinan Anak"}.
     *
     * @param card a scorecard of this explainer's pack
     * @return the findings' words, in the scorecard's order
     * @throws IllegalArgumentException if the pack has no such indicator
     */
    public List<String> recapIssues(ScoreCard card) {
        requireNonNull(card, "card");
        Map<String, RecapIssue> byPointer = new HashMap<>();
        for (RecapIssue issue : card.recapIssues()) {
            byPointer.putIfAbsent(issue.pointer(), issue);
        }
        List<String> said = new ArrayList<>(card.recapIssues().size());
        for (RecapIssue issue : card.recapIssues()) {
            String text = recapIssue(issue);
            List<Object> causes = issue.causes().stream().map(byPointer::get).filter(Objects::nonNull)
                    .map(this::where).distinct().toList();
            said.add(causes.isEmpty() ? text : text + words.text("recap.causes", causes));
        }
        return said;
    }

    /** The place of a finding: its indicator by number and name, its section, or the total (empty). */
    private Object where(RecapIssue issue) {
        return issue.indicator().<Object>map(id -> rule(id).indicator())
                .or(() -> issue.section().map(Object.class::cast)).orElse("");
    }

    private String topic(IndicatorRule rule, String code) {
        return rule.findQuestion(code).map(q -> words.indonesian() ? q.question().topicId() : q.question().topicEn())
                .orElse("");
    }

    /**
     * Returns the sources of the rules an indicator's points rest on: its maximum, the rubric that rated it (for an
     * instrument-shaped indicator, each answered question's maximum and rubric, and the cap when it applied), and
     * the stage rules when evidence decided.
     *
     * @param score the indicator's score
     * @return the provenances, each once, in that order
     * @throws IllegalArgumentException if the pack has no such indicator
     */
    public List<Provenance> sources(IndicatorScore score) {
        requireNonNull(score, "score");
        IndicatorRule rule = rule(score.indicator());
        Set<Provenance> sources = new LinkedHashSet<>();
        sources.add(rule.max().provenance());
        if (score.basis() != Basis.NOT_ANSWERED) {
            rule.rubric().ifPresent(r -> sources.add(r.provenance()));
        }
        for (int k = 0; k < score.questions().size() && k < rule.questions().size(); k++) {
            QuestionScore question = score.questions().get(k);
            QuestionRule qr = rule.questions().get(k);
            if (question.basis() != Basis.NOT_ANSWERED) {
                sources.add(qr.maxProvenance());
            }
            if (question.rating().isPresent()) {
                sources.add(qr.rubric().provenance());
            }
            if (question.basis() == Basis.NO_EVIDENCE || question.basis() == Basis.LIMITED_BY_EVIDENCE) {
                sources.add(pack.stageRules().provenance());
            }
        }
        if (score.capped()) {
            rule.capProvenance().ifPresent(sources::add);
        }
        if (score.basis() == Basis.NO_EVIDENCE || score.basis() == Basis.LIMITED_BY_EVIDENCE) {
            sources.add(pack.stageRules().provenance());
        }
        return List.copyOf(sources);
    }

    /**
     * Returns the sources of the rules a deficiency rests on: the maximum for what is unanswered or lacks evidence,
     * the stage rules for a document that does not count.
     *
     * @param deficiency the deficiency
     * @return the provenances
     * @throws IllegalArgumentException if the pack has no such indicator
     */
    public List<Provenance> sources(Deficiency deficiency) {
        requireNonNull(deficiency, "deficiency");
        IndicatorRule rule = rule(deficiency.indicator());
        return switch (deficiency.kind()) {
            case NOT_ANSWERED, NO_EVIDENCE -> List.of(deficiency.question().flatMap(rule::findQuestion)
                    .map(QuestionRule::maxProvenance).orElse(rule.max().provenance()));
            default -> List.of(pack.stageRules().provenance());
        };
    }

    /**
     * Says in words everything a scorecard holds that has words: each indicator's explanation and each deficiency's,
     * in the scorecard's order.
     *
     * @param card a scorecard of this explainer's pack
     * @return the explanations
     * @throws IllegalArgumentException if the scorecard is of another pack
     */
    public Explanations explain(ScoreCard card) {
        requireNonNull(card, "card");
        if (!card.packId().equals(pack.id())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "this explainer explains scorecards of pack [%s], but the scorecard is of pack [%s]", pack.id(),
                    card.packId()));
        }
        Map<String, String> indicators = new LinkedHashMap<>();
        for (IndicatorScore score : card.indicators()) {
            indicators.put(score.indicator(), indicator(score));
        }
        List<String> deficiencies = new ArrayList<>(card.deficiencies().size());
        for (Deficiency deficiency : card.deficiencies()) {
            deficiencies.add(deficiency(deficiency));
        }
        List<String> losses = new ArrayList<>(card.losses().size());
        for (Loss loss : card.losses()) {
            losses.add(loss(loss));
        }
        return new Explanations(indicators, deficiencies, losses);
    }

    /**
     * Everything a scorecard says in words.
     *
     * @param indicators   each indicator's explanation, by indicator id, in the pack's order
     * @param deficiencies each deficiency's words, in the scorecard's order
     * @param losses       each loss's words, in the scorecard's order (the largest first)
     */
    public record Explanations(Map<String, String> indicators, List<String> deficiencies, List<String> losses) {

        /**
         * Creates explanations.
         *
         * @param indicators   the indicators' explanations
         * @param deficiencies the deficiencies' words
         * @param losses       the losses' words
         * @throws NullPointerException if an argument is null
         */
        public Explanations {
            indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
            deficiencies = List.copyOf(deficiencies);
            losses = List.copyOf(losses);
        }
    }
}
