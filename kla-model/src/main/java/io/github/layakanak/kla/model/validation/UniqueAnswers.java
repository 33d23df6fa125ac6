package io.github.layakanak.kla.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.layakanak.kla.model.internal.UniqueAnswersValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A submission answers each indicator at most once; a second answer for an indicator is reported at its {@code indicator} field.
 */
// The validator lives in a package that is opened, not exported: hence the lint is silenced.
@SuppressWarnings("exports")
@Constraint(validatedBy = UniqueAnswersValidator.class)
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface UniqueAnswers {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{kla.UniqueAnswers.message}";

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
