package io.github.layakanak.kla.model.validation;

import static java.util.Objects.requireNonNull;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves kla's message templates from its own bundle, in English or Indonesian, with no Expression Language.
 *
 * <p>Hibernate Validator's default interpolator needs a Jakarta EL implementation at run time; apps that embed
 * kla should not need one. Templates are {@code {key}} references into the bundle, whose texts may refer to the
 * constraint's attributes as {@code {name}}.
 */
final class BundleMessageInterpolator implements MessageInterpolator {

    /** The base name of kla's validation messages. */
    static final String BUNDLE = "io.github.layakanak.kla.model.validation.ValidationMessages";

    private static final Pattern PARAMETER = Pattern.compile("\\{([^{}]+)}");

    private final Locale defaultLocale;

    /**
     * Creates an interpolator.
     *
     * @param defaultLocale the language used when a caller names none
     */
    BundleMessageInterpolator(Locale defaultLocale) {
        this.defaultLocale = requireNonNull(defaultLocale, "defaultLocale");
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, defaultLocale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, BundleMessageInterpolator.class.getModule());
        Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
        String resolved = substitute(messageTemplate, key -> lookup(bundle, key));
        return substitute(resolved, name -> {
            Object value = attributes.get(name);
            return value == null ? null : String.valueOf(value);
        });
    }

    private static String lookup(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String substitute(String text, java.util.function.Function<String, String> values) {
        Matcher matcher = PARAMETER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.apply(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
