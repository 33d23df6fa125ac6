package io.github.layakanak.kla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An app that validates kla's records with its own validator and its own {@code ValidationMessages.properties}
 * (as most apps have; this module's test resources hold one) gets kla's messages in the language it asks for,
 * its own messages beside them, and its own words where it redefines one of kla's keys: Hibernate Validator's
 * default interpolator merges kla's {@code ContributorValidationMessages} with the app's bundle.
 */
class AppValidatorMessagesTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void klasMessagesResolveBesideTheAppsOwnInBothLanguages() {
        IndicatorValue outOfRange = new IndicatorValue.Percentage(new BigDecimal("120"), Optional.empty());
        assertEquals("must be a percentage from 0 to 100", message(outOfRange, Locale.ENGLISH));
        assertEquals("harus berupa persentase antara 0 dan 100", message(outOfRange, INDONESIAN));
    }

    @Test
    void theAppsOwnBundleWinsForAKeyItRedefines() {
        IndicatorValue negative = new IndicatorValue.Count(-1, Optional.empty());
        assertEquals("must be a count (the app's own words)", message(negative, Locale.ENGLISH));
    }

    private static String message(Object value, Locale locale) {
        // Only in the build's execution "with-app-validator", which adds the Expression Language this needs (the
        // others must run without one); elsewhere, as under -Dtest=..., skipped with this reason.
        assumeTrue(Boolean.getBoolean("kla.appValidator"), "runs in the surefire execution with-app-validator");
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        MessageInterpolator appDefault = configuration.getDefaultMessageInterpolator();
        Validator validator = configuration.messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return appDefault.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return appDefault.interpolate(template, context, locale);
            }
        }).buildValidatorFactory().getValidator();
        Set<ConstraintViolation<Object>> violations = validator.validate(value);
        assertEquals(1, violations.size(), violations::toString);
        return violations.iterator().next().getMessage();
    }
}
