package io.github.layakanak.kla.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The reports as an app renders them, through the public API on the module path (where the HTML's template
 * engine, an automatic module, must work too): the same words in both languages, and every text of the input
 * escaped.
 */
class ReportsTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final RulePacks PACKS = RulePacks.discover();

    /** A text from the input with everything a page must not take as markup or as a direction. */
    private static final String HOSTILE = "<script>alert('x')</script> & \"Q\" \u202Egnp.exe\u202C \u0007";

    private static Scored sample(String name) {
        Samples.Sample sample = Samples.find(name).orElseThrow();
        Submission submission = sample.submission();
        return Scored.of(name + ".json", PACKS.forYear(submission.year()), submission);
    }

    @Test
    void rendersTheThreeReportsInTheReadersLanguage() {
        Scored batam = sample("batam");
        Reports id = Reports.in(INDONESIAN).madeOn(LocalDate.of(2026, 12, 1));
        Reports en = Reports.in(Locale.UK).madeOn(LocalDate.of(2026, 12, 1));
        assertEquals(INDONESIAN, id.locale());
        assertEquals(Locale.ENGLISH, en.locale(), "any language but Indonesian reads English");
        assertTrue(id.text(batam).startsWith("KOTA BATAM, KEPULAUAN RIAU (21.71)\nTahun 2022 · "), id.text(batam));
        assertTrue(id.text(batam).contains(" 745,00 dari 1000\n"), id.text(batam));
        assertTrue(en.text(batam).contains(" 745.00 of 1000\n"), en.text(batam));
        String page = id.html(batam);
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\""), page);
        assertTrue(page.contains("<p>Dibuat oleh kla pada 1 Desember 2026."), "the date given");
        assertTrue(en.html(batam).contains("<p>Made by kla on 1 December 2026."));
        assertTrue(page.endsWith("</footer>\n</body>\n</html>\n"));
        assertEquals(id.csv(List.of(batam), CsvDialect.ID), id.csv(List.of(batam)), "the language's dialect");
        assertTrue(id.csv(List.of(batam)).startsWith("\uFEFF\"Berkas\";"), "a byte order mark, then the header");
        assertTrue(en.csv(List.of(batam)).contains("\r\n\"batam.json\",21.71,\"KOTA BATAM\","), en.csv(List.of(batam)));
    }

    @Test
    void anHtmlPageEscapesAHostileRegionNameAndEvidenceTitle() {
        Scored batam = sample("batam");
        ScoreCard card = batam.card();
        ScoreCard renamed = new ScoreCard(card.packId(), new Region("21.71", "KOTA " + HOSTILE, "KEPRI"), card.year(),
                card.stage(), card.total(), card.rank(), card.clusters(), card.indicators(), card.deficiencies(),
                card.losses(), card.provisional(), card.gate(), card.conditions(), card.recapIssues(), card.stamp());
        String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Q&quot; &#x202E;gnp.exe&#x202C; \uFFFD";
        for (Locale locale : List.of(INDONESIAN, Locale.ENGLISH)) {
            String page = Reports.in(locale).html(new Scored(batam.name(), batam.submission(), batam.pack(), renamed));
            assertTrue(page.contains("<h1>KOTA " + escaped + "</h1>"), page);
            assertTrue(page.contains("<title>KOTA " + escaped + " 2022: "), "in the title too");
            assertOnlyEscaped(page);
        }

        // The model refuses direction and control characters in a submission; the rest gets through to the page.
        String title = HOSTILE.replace("\u202E", "").replace("\u202C", "").replace("\u0007", "");
        String json = Samples.find("batam").orElseThrow().json()
                .replaceFirst("\"title\" : \"[^\"]*\"", Matcher.quoteReplacement("\"title\" : \""
                        + title.replace("\"", "\\\"") + "\""))
                .replaceFirst("\"status\" : \"VALID\"", "\"status\" : \"INVALID\", \"reason\" : \"<b>rusak</b>\"");
        Submission submission = KlaJson.readSubmission(json);
        RulePack pack = PACKS.forYear(2022);
        String page = Reports.in(Locale.ENGLISH).html(Scored.of("batam.json", pack, submission));
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Q&quot;"),
                "the evidence title, as text, where the page names the document");
        assertTrue(page.contains(": &lt;b&gt;rusak&lt;/b&gt;"), "the reason, as text");
        assertOnlyEscaped(page);
    }

    /** No markup, no direction control and no control character of the input came through as it was. */
    private static void assertOnlyEscaped(String page) {
        assertFalse(page.contains("<script"), "no script element");
        assertFalse(page.contains("\u202E") || page.contains("\u202C"), "no direction control as a character");
        assertFalse(page.contains("\u0007"), "no control character XML forbids");
        assertFalse(page.contains("'x'") || page.contains("\"Q\""), "no quote that could end an attribute");
    }

    @Test
    void refusesWhatCannotBeAReport() {
        Scored batam = sample("batam");
        Reports reports = Reports.in(Locale.ENGLISH);
        assertThrows(IllegalArgumentException.class, () -> reports.csv(List.of()));
        assertThrows(NullPointerException.class, () -> reports.text(null));
        assertThrows(NullPointerException.class, () -> Reports.in(null));
        ScoreCard under2024 = sample("batam-2024").card();
        IllegalArgumentException wrongPack = assertThrows(IllegalArgumentException.class,
                () -> new Scored("batam", batam.submission(), batam.pack(), under2024));
        assertEquals("card must be scored under pack [kla-2022], but was scored under [kla-2024]",
                wrongPack.getMessage());
    }
}
