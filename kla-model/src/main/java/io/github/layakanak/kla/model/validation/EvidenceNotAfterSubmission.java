package io.github.layakanak.kla.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.layakanak.kla.model.internal.EvidenceNotAfterSubmissionValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No evidence of a submission is dated after the submission date; each such document is reported at its {@code issuedOn} field.
 */
// The validator lives in a package that is opened, not exported: hence the lint is silenced.
@SuppressWarnings("exports")
@Constraint(validatedBy = EvidenceNotAfterSubmissionValidator.class)
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface EvidenceNotAfterSubmission {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{kla.EvidenceNotAfterSubmission.message}";

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
