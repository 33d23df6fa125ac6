package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.report.Scored;
import io.github.layakanak.kla.report.internal.HtmlReport;
import io.github.layakanak.kla.report.internal.Lang;
import io.github.layakanak.kla.report.internal.TextReport;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.Loss;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text and HTML reports of every bundled sample, in both languages, show no name kla gives a value in code
 * (an enum constant of kla-model or kla-scoring, such as {@code ACTIVITY_PHOTO}, {@code NO_EVIDENCE},
 * {@code INVALID}): district staff read words. The district's own text (its name, its documents' titles and
 * numbers) is left out of the scan, and so are the names that are words too ({@code KLA}, the rank; {@code KOTA}),
 * and the page's attributes, which are for programs.
 */
class InternalNamesTest {

    /** Enum names that are also the words a report uses for them. */
    private static final Set<String> WORDS = Set.of("KLA", "KOTA", "KABUPATEN", "PAUD", "HI", "SK", "MOU", "PERDA",
            "PERKADA", "OFFICIAL", "SOURCED", "HYPOTHETICAL");

    static Stream<String> samples() {
        return Samples.all().stream().map(Samples.Sample::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void reportsShowNoInternalName(String sample) {
        Set<String> names = new TreeSet<>(CsvReportTest.enumConstants(Rank.class, Loss.class));
        names.removeAll(WORDS);
        Scored scored = HtmlReportTest.scored(sample);
        List<String> found = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            // The page's visible text: its data- attributes are for programs, and may name values as code does.
            String page = HtmlReportTest.parse(HtmlReport.render(scored, lang)).getDocumentElement().getTextContent();
            for (String report : List.of(TextReport.render(scored, lang), page)) {
                String words = DecimalMarks.numbersOnly(report, scored.submission(), scored.card())
                        .replace(scored.card().region().name(), "").replace(scored.card().region().province(), "");
                Arrays.stream(words.split("[^\\p{L}\\p{N}_]+")).filter(names::contains)
                        .forEach(name -> found.add(lang + ": " + name + " in ..." + around(words, name) + "..."));
            }
        }
        assertEquals(List.of(), found.stream().distinct().toList());
    }

    private static String around(String text, String word) {
        int at = text.indexOf(word);
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + word.length() + 40))
                .replace('\n', ' ');
    }
}
