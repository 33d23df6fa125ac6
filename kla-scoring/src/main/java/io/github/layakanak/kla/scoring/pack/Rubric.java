package io.github.layakanak.kla.scoring.pack;

import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.MeasurementKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How a response to an indicator or a question becomes a fraction of its maximum: the unit of extension of a rule
 * pack.
 *
 * <p>A rubric kind is one type. It reads its parameters (through its {@link RubricKind}) and writes them back,
 * checks them ({@link #lint}), lists its {@linkplain #ladder() ladder} of rungs, refuses what it cannot rate
 * ({@link #admit}), and rates a response into a structured {@link Rating}: the rung reached, the whole ladder,
 * for a composite each item. It says nothing in words: {@link #describe(Rung)} names a rung as a
 * {@link Message}, rendered from a bundle in the reader's language, and the rubric's bundle holds those words.
 * The built-in kinds are in {@link io.github.layakanak.kla.scoring.rubric}; {@code docs/rule-pack-format.md}
 * shows a kind of one's own, from parameters to bundle.
 *
 * <p>Implementations are immutable, thread-safe and pure: the same response always gets the same rating, and
 * rating a response the rubric admitted never fails.
 */
public interface Rubric {

    /**
     * Returns the kind's name as it appears in a pack's parameters.
     *
     * @return the kind, such as {@code "DOCUMENT_LADDER"}
     */
    String kind();

    /**
     * Returns where the rubric's fractions and thresholds come from.
     *
     * @return the provenance
     */
    Provenance provenance();

    /**
     * Returns the rubric's rungs, from the smallest fraction to the largest.
     *
     * @return the ladder; the same list on every call
     */
    List<Rung> ladder();

    /**
     * Returns the kinds of value the rubric rates; empty for a rubric that rates answer options (whose ids are
     * then its rungs' ids).
     *
     * @return the value kinds
     */
    Set<MeasurementKind> valueKinds();

    /**
     * Rates a response that {@link #admit} refused nothing of.
     *
     * @param response the response, with a value or an option
     * @return where it lands
     */
    Rating rate(Response response);

    /**
     * Names a rung of this rubric, to be rendered in the reader's language.
     *
     * @param rung one of this rubric's rungs, or the rung of one of its ratings
     * @return the words, such as "75% to under 90%"
     */
    Message describe(Rung rung);

    /**
     * Names what a rating of this rubric reached, to be rendered in the reader's language: by default the rung's
     * words; a composite lists what each item reached. A rating without parts that lands on a rung of the ladder
     * must get the same words as every such rating of that rung: an explainer renders them once.
     *
     * @param rating a rating this rubric gave
     * @return the words
     */
    default Message describe(Rating rating) {
        return describe(rating.rung());
    }

    /**
     * Returns the rubrics nested in this one, such as a composite's items'.
     *
     * @return the nested rubrics, possibly none
     */
    default List<Rubric> nested() {
        return List.of();
    }

    /**
     * Writes the rubric's parameters (not its kind or provenance, which are written for it), in the shape its
     * kind reads them.
     *
     * @param out where to write
     */
    void write(ParametersWriter out);

    /**
     * Checks the rubric's parameters, beyond the checks the linter makes of every ladder.
     *
     * @param lint where to report
     */
    default void lint(Lint lint) {
    }

    /**
     * Refuses what the rubric cannot rate. By default a value must be of one of the {@link #valueKinds()}, and an
     * option is accepted only by a rubric that rates options and must be one of its rungs.
     *
     * @param response  the response
     * @param admission where to refuse
     */
    default void admit(Response response, Admission admission) {
        Set<MeasurementKind> kinds = valueKinds();
        response.value().ifPresent(value -> {
            if (!kinds.contains(value.kind())) {
                admission.refuseValue("/kind", kinds.isEmpty() ? Message.of("admission.optionsOnly")
                        : Message.of("admission.valueKind", value.kind(), kinds.stream().sorted().toList()));
            }
        });
        response.option().ifPresent(option -> {
            if (!kinds.isEmpty()) {
                admission.refuseOption(Message.of("admission.valuesOnly", kinds.stream().sorted().toList()));
            } else if (ladder().stream().noneMatch(rung -> rung.id().equals(option))) {
                // Each option by the code to write and what it means: "SK (SK ada)".
                admission.refuseOption(Message.of("admission.option", option, ladder().stream()
                        .map(rung -> Message.of("admission.option.choice", rung.id(), describe(rung))).toList()));
            }
        });
    }

    /**
     * Applies the documents that count at the stage to a response whose value counts only with evidence. By
     * default a value counts as given when at least one document counts, and earns nothing otherwise; a rubric
     * that rates documents themselves (a document ladder) instead rates the level claimed no higher than the
     * strongest document that counts.
     *
     * @param response  the response
     * @param strongest the strongest level among the documents that count: a regulation's own level, any other
     *                  document {@link DocumentLevel#DRAFT}; {@link DocumentLevel#NONE} when none counts
     * @return the response to rate, as far as the documents support it; {@link Response#NONE} when it earns
     *         nothing for want of evidence
     */
    default Response supportedBy(Response response, DocumentLevel strongest) {
        return strongest == DocumentLevel.NONE ? Response.NONE : response;
    }

    /**
     * Returns a response that lands on a rung, for planners and test generators.
     *
     * @param rung one of this rubric's rungs
     * @param kind the kind of value wanted, one of the {@link #valueKinds()} (ignored by a rubric of options)
     * @return a response, or empty when the rubric cannot tell one
     */
    default Optional<Response> witness(Rung rung, MeasurementKind kind) {
        return Optional.empty();
    }

    /**
     * Returns the largest fraction the rubric can give.
     *
     * @return the largest fraction of its ladder; zero for an empty ladder
     */
    default BigDecimal top() {
        BigDecimal top = BigDecimal.ZERO;
        for (Rung rung : ladder()) {
            top = top.max(rung.fraction());
        }
        return top;
    }

    /**
     * Gives the provenance of each number the rubric holds (a fraction, a threshold, a weight), for
     * {@link RulePack#provenanceSplit()}. By default there is one number per rung, resting on the rubric's
     * provenance.
     *
     * @param each receives one provenance per number
     */
    default void numbers(Consumer<Provenance> each) {
        for (int i = 0; i < ladder().size(); i++) {
            each.accept(provenance());
        }
    }

    /**
     * Returns the bundle with the words of this rubric's {@link Message}s. The built-in kinds use kla's own; a
     * kind of one's own returns its bundle, loaded from its own module:
     * {@code return ResourceBundle.getBundle("com.example.pack.Words", locale);}, with a
     * {@code Words_id.properties} and a {@code Words_en.properties}, whose keys start with the kind's name. A key is
     * looked up in kla's bundle first, then in the bundles of the pack's rubrics.
     *
     * @param locale the reader's language: Indonesian ({@code id}) or English ({@code en}), nothing else
     * @return the bundle
     */
    default ResourceBundle words(Locale locale) {
        return ResourceBundle.getBundle("io.github.layakanak.kla.scoring.Words", locale);
    }
}
