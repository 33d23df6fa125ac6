package io.github.layakanak.kla.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One question of the evaluation instrument, with the most points it can earn.
 *
 * <p>The 2024-cycle instrument scores 274 questions; an indicator's points are the sum of its questions'.
 *
 * @param code      the question's code within its indicator, as printed on the recap ({@code "2a"},
 *                  {@code "3zg"})
 * @param maxPoints the most points the question can earn
 * @param topicId   what the question asks, in Indonesian
 * @param topicEn   what the question asks, in English
 * @param kind      how the answer is measured
 * @param evidence  the documents the instrument asks to attach, in its own words; possibly empty
 * @param scope     the level of government the question is about
 * @param agencies  the agencies (OPD) that supply the answer; possibly empty
 */
public record Question(
        String code,
        BigDecimal maxPoints,
        String topicId,
        String topicEn,
        MeasurementKind kind,
        List<String> evidence,
        Scope scope,
        List<String> agencies) {

    private static final Pattern CODE = Pattern.compile("[0-9]{1,2}[a-z]{0,3}");
    /**
     * Creates a {@code Question}, copying its collections.
     *
     * @param code the question's code within its indicator, as printed on the recap ({@code "2a"}, {@code "3zg"})
     * @param maxPoints the most points the question can earn
     * @param topicId what the question asks, in Indonesian
     * @param topicEn what the question asks, in English
     * @param kind how the answer is measured
     * @param evidence the documents the instrument asks to attach, in its own words; possibly empty
     * @param scope the level of government the question is about
     * @param agencies the agencies (OPD) that supply the answer; possibly empty
     * @throws NullPointerException if an argument, or an element of a collection, is null
     */
    public Question {
        requireNonNull(code, "code");
        requireNonNull(maxPoints, "maxPoints");
        requireNonNull(topicId, "topicId");
        requireNonNull(topicEn, "topicEn");
        requireNonNull(kind, "kind");
        evidence = List.copyOf(evidence);
        requireNonNull(scope, "scope");
        agencies = List.copyOf(agencies);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "code must be a number followed by up to three lower-case letters, but was [%s]", code));
        }
        if (maxPoints.signum() < 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "maxPoints of question [%s] must not be negative, but was [%s]", code, maxPoints));
        }
    }
}
