package io.github.layakanak.kla.model.internal;

import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.model.validation.ReasonForRejection;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ReasonForRejection}. */
public final class ReasonForRejectionValidator implements ConstraintValidator<ReasonForRejection, Verification> {

    /** Creates the validator; the Jakarta Validation provider calls this. */
    public ReasonForRejectionValidator() {
    }

    @Override
    public boolean isValid(Verification verification, ConstraintValidatorContext context) {
        if (verification.status() != VerificationStatus.INVALID
                || verification.reason().filter(r -> !r.isBlank()).isPresent()) {
            return true;
        }
        Violations.report(context).addPropertyNode("reason").addConstraintViolation();
        return false;
    }
}
