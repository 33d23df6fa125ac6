package io.github.layakanak.kla.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.layakanak.kla.model.internal.ListedRegionValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The submission's region is a regency or city of a Kemendagri list, named and placed in its province as one of
 * the lists names it, or a region of one's own ({@link io.github.layakanak.kla.model.RegionSource}). Each
 * problem is reported at its field: {@code region/code}, {@code region/name} or {@code region/province}; a name
 * or province that does not fit says what the list gives.
 *
 * <p>Which edition of the list a year uses is the rule pack's to say; the scoring engine checks that too.
 */
// The validator lives in a package that is opened, not exported: hence the lint is silenced.
@SuppressWarnings("exports")
@Constraint(validatedBy = ListedRegionValidator.class)
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface ListedRegion {

    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{kla.ListedRegion.code.message}";

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
