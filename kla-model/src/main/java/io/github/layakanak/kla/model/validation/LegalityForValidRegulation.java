package io.github.layakanak.kla.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.layakanak.kla.model.internal.LegalityForValidRegulationValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A regulation-type document (Perda, Perkada, SK, instruction, circular) without a number and an issue date lacks legality and cannot be valid at any stage; reported at the stage's verification.
 */
// The validator lives in a package that is opened, not exported: hence the lint is silenced.
@SuppressWarnings("exports")
@Constraint(validatedBy = LegalityForValidRegulationValidator.class)
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface LegalityForValidRegulation {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{kla.LegalityForValidRegulation.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
