package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.QuestionRule;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pack's sources as district staff read them beside its numbers (#14, #16): each in Indonesian and in English,
 * each citing public pages, never a file of the project or an internal name.
 */
class SourcesTest {

    private static final RulePack PACK = new Kla2022().rulePack();

    /** A file name: a path ending in one of the extensions of the project's own files. */
    private static final Pattern FILE = Pattern.compile("[\\w./-]+\\.(md|csv|php|json|java)\\b");
    /** The public repository a source file is cited from, just before its path: {@code github.com/owner/repo, }. */
    private static final Pattern REPOSITORY = Pattern.compile("(?s).*github\\.com/[\\w.-]+/[\\w.-]+, $");
    /** Small words every English sentence needs and Indonesian never uses. */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "is", "are", "was", "to", "for", "with",
            "not", "must", "has", "have", "this", "that", "which", "from", "by", "an", "or", "on", "at", "its", "it",
            "than", "in", "points", "pack", "indicator", "question", "evidence", "none", "only", "each", "every",
            "when", "where", "what", "one", "without");
    /** Small words every Indonesian sentence needs and English never uses. */
    private static final Set<String> INDONESIAN = Set.of("yang", "dan", "tidak", "dengan", "untuk", "dari", "belum",
            "atau", "pada", "ini", "itu", "adalah", "harus", "di", "sampai", "nilai", "peringkat", "tahap",
            "pertanyaan", "indikator", "bukan", "tanpa", "setiap", "bagian", "dokumen", "dukung", "sebagai", "oleh",
            "dalam", "sudah", "jumlah");
    /** What is nobody's language: addresses and paths, and a title quoted as it is published. */
    private static final Pattern NOBODYS = Pattern.compile("\\S*/\\S*|'[^']*'|\"[^\"]*\"");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A Java constant's name, such as {@code HALF_UP}. */
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");

    @Test
    void everySourceOfThePackIsInBothLanguagesAndCitesNoFileOfTheProject() {
        Map<String, Provenance> sources = sources(PACK);

        assertTrue(sources.size() > 50, "every number's provenance is walked: " + sources.size());
        sources.forEach((where, provenance) -> {
            assertTrue(provenance.bilingual(), where + ": the same text in both languages: " + provenance.english());
            assertCitesOnlyPublicPages(provenance.indonesian(), where + " (id)");
            assertCitesOnlyPublicPages(provenance.english(), where + " (en)");
            assertEquals(List.of(), words(provenance.indonesian(), ENGLISH), where + ": English in the Indonesian: "
                    + provenance.indonesian());
            assertEquals(List.of(), words(provenance.english(), INDONESIAN), where + ": Indonesian in the English: "
                    + provenance.english());
        });
    }

    @Test
    void everySourceOfTheFileIsAnObjectWithItsIndonesianAndItsEnglish() throws Exception {
        List<String> found = new ArrayList<>();
        walk(tree(), "", (pointer, node) -> {
            if (pointer.endsWith("/source")) {
                found.add(pointer);
                assertTrue(node.isObject(), pointer + ": a string is one text for both languages");
                assertEquals(2, node.size(), pointer + ": only id and en");
            }
        });

        assertEquals(20, found.size(), "the named provenances: " + found);
    }

    @Test
    void everyTextOfThePackThatUsersReadHasWordsOfItsOwnInEachLanguage() throws Exception {
        List<String> texts = new ArrayList<>();
        walk(tree(), "", (pointer, node) -> {
            if (node.isObject() && node.has("en")) {
                texts.add(pointer);
                String indonesian = node.path("id").asText("");
                String english = node.path("en").asText("");
                assertFalse(indonesian.isBlank(), pointer + ": no Indonesian");
                assertFalse(english.isBlank(), pointer + ": no English");
                assertNotEquals(indonesian, english, pointer + ": the same text in both languages");
            }
        });
        for (IndicatorRule rule : PACK.indicators()) {
            assertNotEquals(rule.indicator().nameId(), rule.indicator().nameEn(), rule.id());
        }

        assertTrue(texts.contains("/name"), "the pack's name: " + texts);
        assertTrue(texts.contains("/indicators/0/name"), "the indicators' names: " + texts);
        assertTrue(texts.contains("/round/calendar/0/label"), "the calendar's labels: " + texts);
        assertTrue(texts.contains("/provenances/gate/source"), "the sources: " + texts);
    }

    @Test
    void theCheckFindsAFileOfTheProjectAnInternalNameAPathWithoutItsRepositoryAndTheOtherLanguage() {
        for (String internal : List.of("as compiled in KLA-EVALUATION.md section 3",
                "data/instrument-2024/questions.csv", "database/seeders/KlaSeeder.php", "the rounding mode HALF_UP")) {
            assertFlagged(internal);
        }
        assertCitesOnlyPublicPages("github.com/arepsyu/bidadari-oi, database/seeders/KlaSeeder.php",
                "a path with its repository");
        assertEquals(List.of("the", "of"), words("the maxima of 'Rekap Penilaian Mandiri KLA 2024' (github.com/a/b)",
                ENGLISH), "English words, not a quoted title's or an address's");
        assertEquals(List.of("nilai", "dari"), words("nilai maksimum dari rekap", INDONESIAN));
    }

    private static void assertFlagged(String source) {
        try {
            assertCitesOnlyPublicPages(source, "example");
        } catch (AssertionError expected) {
            return;
        }
        fail("not found: " + source);
    }

    static void assertCitesOnlyPublicPages(String source, String where) {
        assertFalse(source.contains("KLA-EVALUATION"), where + " cites the project's brief: " + source);
        assertFalse(source.contains("domain brief"), where + " cites the project's brief: " + source);
        Matcher file = FILE.matcher(source);
        while (file.find()) {
            assertTrue(file.group().endsWith(".php") && REPOSITORY.matcher(source.substring(0, file.start())).matches(),
                    where + " names a file without its public repository, [" + file.group() + "]: " + source);
        }
        Matcher constant = CONSTANT.matcher(source);
        assertFalse(constant.find(), where + " names a constant of the code: " + source);
    }

    /** The words of a language in a text, once addresses, paths and quoted titles are taken out. */
    private static List<String> words(String text, Set<String> language) {
        List<String> found = new ArrayList<>();
        Matcher word = WORD.matcher(NOBODYS.matcher(text).replaceAll(" "));
        while (word.find()) {
            if (language.contains(word.group().toLowerCase(Locale.ROOT))) {
                found.add(word.group());
            }
        }
        return found;
    }

    /** Every provenance of the pack, by where it is. */
    static Map<String, Provenance> sources(RulePack pack) {
        Map<String, Provenance> found = new LinkedHashMap<>();
        found.put("totalMax", pack.totalMax().provenance());
        found.put("rounding", pack.rounding().provenance());
        found.put("round", pack.round().provenance());
        found.put("bands", pack.bands().provenance());
        found.put("stages", pack.stageRules().provenance());
        pack.findGate().ifPresent(g -> found.put("gate", g.threshold().provenance()));
        pack.rankConditions().forEach(c -> found.put("rankCondition " + c.id(), c.provenance()));
        pack.sections().forEach(s -> found.put("section " + s.cluster(), s.max().provenance()));
        for (IndicatorRule rule : pack.indicators()) {
            String at = "indicator " + rule.indicator().code();
            found.put(at + " max", rule.max().provenance());
            rule.capProvenance().ifPresent(p -> found.put(at + " cap", p));
            rule.rubric().ifPresent(r -> numbers(found, at + " rubric", r));
            for (QuestionRule question : rule.questions()) {
                found.put(at + " question " + question.code() + " max", question.maxProvenance());
                numbers(found, at + " question " + question.code() + " rubric", question.rubric());
            }
        }
        return found;
    }

    private static void numbers(Map<String, Provenance> found, String at, Rubric rubric) {
        int[] n = {0};
        rubric.numbers(p -> found.put(at + " " + n[0]++, p));
    }

    private static JsonNode tree() throws Exception {
        try (InputStream in = Kla2022.class.getResourceAsStream(Kla2022.PARAMETERS)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> each) {
        each.accept(pointer, node);
        if (node.isObject()) {
            node.properties().forEach(e -> walk(e.getValue(), pointer + "/" + e.getKey(), each));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, each);
            }
        }
    }
}
