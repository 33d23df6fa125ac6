package io.github.layakanak.kla.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.layakanak.kla.model.validation.EvidenceNotAfterSubmission;
import io.github.layakanak.kla.model.validation.ListedRegion;
import io.github.layakanak.kla.model.validation.Points;
import io.github.layakanak.kla.model.validation.UniqueAnswers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One district's assessment for one year at one stage: what the rule pack of that year scores.
 *
 * <pre>{@code
 * Submission batam = new Submission(
 *         RegionRegistry.of(RegionEdition.KEMENDAGRI_2021).get("21.71"), 2022, Stage.SELF_ASSESSMENT,
 *         LocalDate.of(2022, 3, 31),
 *         List.of(Answer.of("birth-certificates", IndicatorValue.percent("97.4"), List.of())),
 *         Map.of());
 * List<Violation> problems = SubmissionValidator.create().validate(batam);
 * }</pre>
 *
 * @param region              the regency or city
 * @param year                the assessment year, which selects the rule pack ({@code 2022})
 * @param stage               the stage the submission stands at
 * @param submittedOn         the date it was submitted; no evidence may be dated after it
 * @param answers             one answer per indicator, in any order; an indicator without an answer scores
 *                            nothing
 * @param statedSectionPoints the section subtotals a recap states, which the engine checks against its
 *                            indicators; empty for a declaration
 * @param statedSectionMaxima the section maxima a recap states, which the engine checks against the rule pack's;
 *                            empty for a declaration
 * @param statedTotal         the total a recap states, which the engine checks against its sections and the
 *                            total it computes
 */
@UniqueAnswers
@EvidenceNotAfterSubmission
@ListedRegion
public record Submission(
        @Valid Region region,
        @JsonProperty(required = true)
        @Min(value = 2006, message = "{kla.Year.message}") @Max(value = 2100, message = "{kla.Year.message}")
        int year,
        Stage stage,
        LocalDate submittedOn,
        @Size(max = Submission.MAX_ANSWERS, message = "{kla.Answers.message}") List<@Valid Answer> answers,
        Map<Cluster, @Points BigDecimal> statedSectionPoints,
        Map<Cluster, @Points BigDecimal> statedSectionMaxima,
        Optional<@Points BigDecimal> statedTotal) {

    /**
     * The most answers a submission may hold: one per indicator, and no instrument has more than a few dozen.
     * Checked first, so that a submission with a million answers is refused at once.
     */
    public static final int MAX_ANSWERS = 500;

    /**
     * Creates a {@code Submission}, copying its collections.
     *
     * @param region the regency or city
     * @param year the assessment year, which selects the rule pack ({@code 2022})
     * @param stage the stage the submission stands at
     * @param submittedOn the date it was submitted; no evidence may be dated after it
     * @param answers one answer per indicator, in any order; an indicator without an answer scores nothing
     * @param statedSectionPoints the section subtotals a recap states, which the engine checks against its indicators; empty for a declaration
     * @param statedSectionMaxima the section maxima a recap states; empty for a declaration
     * @param statedTotal the total a recap states
     * @throws NullPointerException if an argument, or an element of a collection, is null
     */
    public Submission {
        requireNonNull(region, "region");
        requireNonNull(stage, "stage");
        requireNonNull(submittedOn, "submittedOn");
        answers = List.copyOf(answers);
        EnumMap<Cluster, BigDecimal> copy = new EnumMap<>(Cluster.class);
        requireNonNull(statedSectionPoints, "statedSectionPoints").forEach((cluster, points) ->
                copy.put(requireNonNull(cluster, "statedSectionPoints key"),
                        requireNonNull(points, "statedSectionPoints value")));
        statedSectionPoints = Collections.unmodifiableMap(copy);
        EnumMap<Cluster, BigDecimal> maxima = new EnumMap<>(Cluster.class);
        requireNonNull(statedSectionMaxima, "statedSectionMaxima").forEach((cluster, max) ->
                maxima.put(requireNonNull(cluster, "statedSectionMaxima key"),
                        requireNonNull(max, "statedSectionMaxima value")));
        statedSectionMaxima = Collections.unmodifiableMap(maxima);
        requireNonNull(statedTotal, "statedTotal");
    }

    /**
     * Creates a {@code Submission} that states no recap maxima and no total, as a district's declaration does.
     *
     * @param region the regency or city
     * @param year the assessment year, which selects the rule pack ({@code 2022})
     * @param stage the stage the submission stands at
     * @param submittedOn the date it was submitted; no evidence may be dated after it
     * @param answers one answer per indicator, in any order; an indicator without an answer scores nothing
     * @param statedSectionPoints the section subtotals a recap states; empty for a declaration
     * @throws NullPointerException if an argument, or an element of a collection, is null
     */
    public Submission(Region region, int year, Stage stage, LocalDate submittedOn, List<Answer> answers,
            Map<Cluster, BigDecimal> statedSectionPoints) {
        this(region, year, stage, submittedOn, answers, statedSectionPoints, Map.of(), Optional.empty());
    }

    /**
     * Finds the answer for an indicator.
     *
     * @param indicator the indicator's stable id
     * @return the first answer for it, or empty when the district gave none
     */
    public Optional<Answer> findAnswer(String indicator) {
        requireNonNull(indicator, "indicator");
        return answers.stream().filter(a -> a.indicator().equals(indicator)).findFirst();
    }

    /**
     * Returns a copy at another stage, as a verifier moves the submission on.
     *
     * @param newStage the stage
     * @return the new submission
     */
    public Submission withStage(Stage newStage) {
        return new Submission(region, year, newStage, submittedOn, answers, statedSectionPoints,
                statedSectionMaxima, statedTotal);
    }

    /**
     * Returns a copy with other answers.
     *
     * @param newAnswers the answers
     * @return the new submission
     */
    public Submission withAnswers(List<Answer> newAnswers) {
        return new Submission(region, year, stage, submittedOn, newAnswers, statedSectionPoints,
                statedSectionMaxima, statedTotal);
    }
}
