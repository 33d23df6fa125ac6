package io.github.layakanak.kla.model;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.validation.ReasonForRejection;
import java.util.Optional;

/**
 * What a verifier found of one piece of evidence at one stage, with the reason when it was rejected.
 *
 * @param status what the verifier found
 * @param reason why the evidence is {@link VerificationStatus#INVALID invalid} (required then), or a remark
 */
@ReasonForRejection
public record Verification(VerificationStatus status, Optional<String> reason) {

    /** Evidence nobody has checked yet. */
    public static final Verification PENDING = new Verification(VerificationStatus.PENDING, Optional.empty());

    /** Evidence a verifier accepted. */
    public static final Verification VALID = new Verification(VerificationStatus.VALID, Optional.empty());

    /** Evidence named in an answer whose file could not be found. */
    public static final Verification MISSING = new Verification(VerificationStatus.MISSING, Optional.empty());
    /**
     * Creates a {@code Verification}, copying its collections.
     *
     * @param status what the verifier found
     * @param reason why the evidence is {@link VerificationStatus#INVALID invalid} (required then), or a remark
     * @throws NullPointerException if an argument, or an element of a collection, is null
     */
    public Verification {
        requireNonNull(status, "status");
        requireNonNull(reason, "reason");
    }

    /**
     * Evidence a verifier rejected.
     *
     * @param reason why, as the verifier wrote it ("no number or date", "photo of another year")
     * @return the verification
     */
    public static Verification invalid(String reason) {
        return new Verification(VerificationStatus.INVALID, Optional.of(reason));
    }
}
