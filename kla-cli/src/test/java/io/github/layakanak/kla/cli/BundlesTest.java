package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle of words kla ships speaks both languages: each key of the English bundle is in the Indonesian one
 * and the reverse, and the Indonesian text fills no placeholder the English does not. (It may leave one out: the
 * reader's English quotes Jackson's own words, which the Indonesian replaces by advice.)
 */
class BundlesTest {

    /** The English bundle (the base or {@code _en}) and the Indonesian one, by class-path resource. */
    static Stream<List<String>> bundles() {
        return Stream.of(
                List.of("/io/github/layakanak/kla/scoring/Words_en.properties",
                        "/io/github/layakanak/kla/scoring/Words_id.properties"),
                List.of("/ContributorValidationMessages.properties",
                        "/ContributorValidationMessages_id.properties"),
                List.of("/io/github/layakanak/kla/cli/Texts.properties",
                        "/io/github/layakanak/kla/cli/Texts_id.properties"),
                List.of("/io/github/layakanak/kla/report/internal/Reports.properties",
                        "/io/github/layakanak/kla/report/internal/Reports_id.properties"),
                List.of("/io/github/layakanak/kla/model/internal/JsonMessages.properties",
                        "/io/github/layakanak/kla/model/internal/JsonMessages_id.properties"));
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void haveTheSameKeysAndPlaceholdersInBothLanguages(List<String> pair) throws IOException {
        Properties english = load(pair.get(0));
        Properties indonesian = load(pair.get(1));
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(indonesian.stringPropertyNames()),
                () -> "keys of " + pair);
        for (String key : english.stringPropertyNames()) {
            Set<String> inIndonesian = placeholders(indonesian.getProperty(key));
            assertTrue(placeholders(english.getProperty(key)).containsAll(inIndonesian),
                    () -> key + " in " + pair + ": " + inIndonesian + " against " + english.getProperty(key));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
