package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.samples.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a problem is: its line and column, and the indicator its pointer is in, said once. */
class PlacesTest {

    @Test
    void namesTheIndicatorOnceWhenTheProblemNamesItAlready() {
        Samples.Sample sample = Samples.find("batam-2024").orElseThrow();
        String first = sample.submission().answers().get(0).indicator();
        Indicator indicator = Oracle.PACKS.forYear(2024).indicator(first).indicator();
        String named = "Indikator " + indicator.code() + " " + indicator.nameId();
        Places places = Places.of(Input.sample(sample), Oracle.PACKS, Lang.ID);

        List<String> words = places.describe(List.of(
                new Violation("/answers/0/indicator", named + " dinilai per pertanyaan", "admission"),
                new Violation("/answers/0/indicator", "harus berupa persentase antara 0 dan 100", "Percent")));

        assertTrue(!words.get(0).contains("Indikator"), words.get(0));
        assertTrue(words.get(1).endsWith("; " + named + ")"), words.get(1));
        assertTrue(words.get(1).startsWith(" (baris "), words.get(1));
        assertEquals(2, words.size());
    }
}
