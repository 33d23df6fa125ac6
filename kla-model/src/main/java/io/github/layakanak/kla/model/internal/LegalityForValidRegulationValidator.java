package io.github.layakanak.kla.model.internal;

import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.model.validation.LegalityForValidRegulation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link LegalityForValidRegulation}: one violation per stage that found such a document valid. */
public final class LegalityForValidRegulationValidator
        implements ConstraintValidator<LegalityForValidRegulation, Evidence> {

    /** Creates the validator; the Jakarta Validation provider calls this. */
    public LegalityForValidRegulationValidator() {
    }

    @Override
    public boolean isValid(Evidence evidence, ConstraintValidatorContext context) {
        if (!evidence.type().isRegulation() || evidence.hasLegality()) {
            return true;
        }
        boolean valid = true;
        for (var entry : evidence.verification().entrySet()) {
            if (entry.getValue().status() == VerificationStatus.VALID) {
                valid = false;
                Violations.report(context).addPropertyNode("verification")
                        .addPropertyNode("status").inIterable().atKey(entry.getKey())
                        .addConstraintViolation();
            }
        }
        return valid;
    }
}
