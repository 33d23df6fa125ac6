package io.github.layakanak.kla.model.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;

/** Helpers for class-level validators that report at a field deeper in the object. */
final class Violations {

    private Violations() {
    }

    /** Replaces the default violation (at the annotated object) by one the caller places at a node. */
    static ConstraintViolationBuilder report(ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        return context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
    }
}
