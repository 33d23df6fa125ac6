package io.github.layakanak.kla.model.validation;

import static java.util.Objects.requireNonNull;

import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves kla's message templates from its own messages, in English or Indonesian, with no Expression Language.
 *
 * <p>Hibernate Validator's default interpolator needs a Jakarta EL implementation at run time; apps that embed
 * kla should not need one. Templates are {@code {key}} references into the messages, whose texts may refer to the
 * constraint's attributes as {@code {name}}.
 *
 * <p>The messages are {@code ContributorValidationMessages.properties} (English) and
 * {@code ContributorValidationMessages_id.properties} (Indonesian) at the root of kla-model's jar: the name under
 * which Hibernate Validator merges a library's messages with the app's own {@code ValidationMessages}, so that an
 * app validating with its own validator gets kla's words too. Other libraries may ship files of the same name;
 * on the class path every one is read and only kla's keys ({@code kla.}) are taken, so whichever comes first
 * does not hide kla's; on the module path kla-model's own file is read.
 */
final class BundleMessageInterpolator implements MessageInterpolator {

    /** The base name of kla's validation messages, at the root of the jar. */
    static final String BUNDLE = "ContributorValidationMessages";

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Pattern PARAMETER = Pattern.compile("(?<!\\\\)\\{([^{}\\\\]+)}");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\{}$])");
    private static final Map<Locale, Map<String, String>> MESSAGES = new ConcurrentHashMap<>();

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
        Map<String, String> messages = messages(locale);
        Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
        String resolved = substitute(messageTemplate, messages::get);
        String substituted = substitute(resolved, name -> {
            Object value = attributes.get(name);
            return value == null ? null : String.valueOf(value);
        });
        // Literal text in a template escapes the characters of the template syntax, as Jakarta Validation has it.
        return ESCAPED.matcher(substituted).replaceAll("$1");
    }

    /**
     * kla's messages in a language: Indonesian for {@code id} (or the legacy {@code in}), English for any other,
     * whatever the JVM's default locale is.
     *
     * @param locale the language asked for
     * @return the messages by key
     */
    static Map<String, String> messages(Locale locale) {
        String language = locale.getLanguage();
        Locale normalized = language.equals("id") || language.equals("in") ? INDONESIAN : Locale.ROOT;
        return MESSAGES.computeIfAbsent(normalized, BundleMessageInterpolator::load);
    }

    private static Map<String, String> load(Locale language) {
        Map<String, String> messages = new HashMap<>(read(BUNDLE + ".properties"));
        if (language.equals(INDONESIAN)) {
            messages.putAll(read(BUNDLE + "_id.properties"));
        }
        return Map.copyOf(messages);
    }

    /** kla's keys in the files of a name: kla-model's own in a named module, every one on the class path. */
    private static Map<String, String> read(String name) {
        Map<String, String> keys = new HashMap<>();
        Module module = BundleMessageInterpolator.class.getModule();
        try {
            if (module.isNamed()) {
                try (InputStream in = module.getResourceAsStream(name)) {
                    if (in != null) {
                        take(in, keys);
                    }
                }
            } else {
                ClassLoader loader = BundleMessageInterpolator.class.getClassLoader();
                for (URL url : Collections.list(loader.getResources(name))) {
                    try (InputStream in = url.openStream()) {
                        take(in, keys);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("kla's validation messages [" + name + "] cannot be read", e);
        }
        return keys;
    }

    private static void take(InputStream in, Map<String, String> keys) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("kla.")) {
                keys.putIfAbsent(key, properties.getProperty(key));
            }
        }
    }

    private static String substitute(String text, Function<String, String> values) {
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
