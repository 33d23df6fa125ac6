package io.github.layakanak.kla.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.layakanak.kla.model.internal.AnswerGivenValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A question answer states an option, a value or the points awarded.
 */
// The validator lives in a package that is opened, not exported: hence the lint is silenced.
@SuppressWarnings("exports")
@Constraint(validatedBy = AnswerGivenValidator.class)
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface AnswerGiven {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{kla.AnswerGiven.message}";

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
