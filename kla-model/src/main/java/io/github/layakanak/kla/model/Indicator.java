package io.github.layakanak.kla.model;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An indicator of the KLA evaluation, as a rule pack defines it.
 *
 * <p>The {@link #id() id} is stable across rule packs: wherever two years score the same indicator they give it
 * the same id, so their scorecards line up. The {@link #code() code} is the number the year's instrument
 * prints, which is not stable (the 2024-cycle recap puts PAUD-HI at 9 where the 2022 list has it at 10) and
 * may name a sub-indicator such as {@code 21A}.
 *
 * @param id                the stable id: lower-case words joined by hyphens, such as {@code birth-certificates}
 * @param code              the number printed by this year's instrument, such as {@code "4"} or {@code "21A"}
 * @param cluster           the section the indicator is scored in
 * @param nameId            the official Indonesian name
 * @param nameEn            the English name
 * @param measurement       how the indicator is measured
 * @param acceptedEvidence  the evidence types that count for it, in declaration order of {@link EvidenceType}
 * @param questions         the instrument's questions, where the year's instrument has them; possibly empty
 */
public record Indicator(
        String id,
        String code,
        Cluster cluster,
        String nameId,
        String nameEn,
        Measurement measurement,
        Set<EvidenceType> acceptedEvidence,
        List<Question> questions) {

    /** The form of a stable indicator id. */
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final Pattern ID = Pattern.compile(ID_PATTERN);
    private static final Pattern CODE = Pattern.compile("[0-9]{1,2}[A-Z]?");
    /**
     * Creates an {@code Indicator}, copying its collections.
     *
     * @param id the stable id: lower-case words joined by hyphens, such as {@code birth-certificates}
     * @param code the number printed by this year's instrument, such as {@code "4"} or {@code "21A"}
     * @param cluster the section the indicator is scored in
     * @param nameId the official Indonesian name
     * @param nameEn the English name
     * @param measurement how the indicator is measured
     * @param acceptedEvidence the evidence types that count for it, in declaration order of {@link EvidenceType}
     * @param questions the instrument's questions, where the year's instrument has them; possibly empty
     * @throws NullPointerException if an argument, or an element of a collection, is null
     */
    public Indicator {
        requireNonNull(id, "id");
        requireNonNull(code, "code");
        requireNonNull(cluster, "cluster");
        requireNonNull(nameId, "nameId");
        requireNonNull(nameEn, "nameEn");
        requireNonNull(measurement, "measurement");
        acceptedEvidence = copyOf(acceptedEvidence);
        questions = List.copyOf(questions);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "id must be lower-case words joined by hyphens, but was [%s]", id));
        }
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "code of indicator [%s] must be a number with an optional capital letter, but was [%s]",
                    id, code));
        }
        Set<String> seen = new HashSet<>();
        for (Question question : questions) {
            if (!seen.add(question.code())) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "question codes of indicator [%s] must be unique, but [%s] appears twice",
                        id, question.code()));
            }
        }
    }

    /**
     * Finds one of the indicator's questions by its code.
     *
     * @param code the question's code, such as {@code "2a"}
     * @return the question, or empty when the indicator has no such question
     */
    public Optional<Question> findQuestion(String code) {
        requireNonNull(code, "code");
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /**
     * Tells whether a document of the given type counts as evidence for this indicator.
     *
     * @param type the evidence type
     * @return {@code true} when the type is accepted
     */
    public boolean accepts(EvidenceType type) {
        return acceptedEvidence.contains(type);
    }

    private static Set<EvidenceType> copyOf(Collection<EvidenceType> types) {
        EnumSet<EvidenceType> copy = EnumSet.noneOf(EvidenceType.class);
        for (EvidenceType type : types) {
            copy.add(requireNonNull(type, "acceptedEvidence element"));
        }
        return Collections.unmodifiableSet(copy);
    }
}
