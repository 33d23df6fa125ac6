package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.VerificationStatus;
import java.util.Optional;

/**
 * How one supporting document (data dukung) stands at the scorecard's stage: whether it counts, and if not, why.
 *
 * <p>A document counts when its type is one the indicator accepts and its verdict at the stage (what the last
 * verifier up to the stage found: {@link io.github.layakanak.kla.model.Evidence#verdictAt}) is one the pack counts
 * at that stage.
 *
 * @param pointer  the JSON pointer of the document in the submission ({@code /answers/3/evidence/0})
 * @param type     its type
 * @param title    its title
 * @param status   its verdict at the stage
 * @param reason   the verifier's reason, when it was found invalid
 * @param legality whether it carries its legality: a regulation with a number and an issue date, or any document
 *                 that is not a regulation (see {@link io.github.layakanak.kla.model.Evidence#hasLegality()})
 * @param accepted whether the indicator accepts its type
 * @param counts   whether it counts at the stage
 */
public record EvidenceOutcome(String pointer, EvidenceType type, String title, VerificationStatus status,
        Optional<String> reason, boolean legality, boolean accepted, boolean counts) {

    /**
     * Creates an evidence outcome.
     *
     * @param pointer  the document's JSON pointer
     * @param type     its type
     * @param title    its title
     * @param status   its verdict at the stage
     * @param reason   the verifier's reason, or empty
     * @param legality whether it carries its legality
     * @param accepted whether its type is accepted
     * @param counts   whether it counts
     * @throws NullPointerException if an argument is null
     */
    public EvidenceOutcome {
        requireNonNull(pointer, "pointer");
        requireNonNull(type, "type");
        requireNonNull(title, "title");
        requireNonNull(status, "status");
        requireNonNull(reason, "reason");
    }

    /**
     * Returns the level a document supports: a regulation's own level, any other document's
     * {@link DocumentLevel#DRAFT}.
     *
     * @return the level
     */
    public DocumentLevel level() {
        return type.isRegulation() ? type.documentLevel() : DocumentLevel.DRAFT;
    }
}
