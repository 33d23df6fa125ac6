package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The detector the end-to-end language tests use finds what it should, and nothing of nobody's language. */
class WordingTest {

    @Test
    void findsEnglishLeftInIndonesian() {
        assertEquals(List.of("expected in: /answers/3/value: expected a number"),
                Wording.english("/answers/3/value: expected a number", List.of()).subList(0, 1));
    }

    @Test
    void findsIndonesianLeftInEnglish() {
        assertEquals(List.of("belum in: Question 4 belum dijawab"),
                Wording.indonesian("Question 4 belum dijawab", List.of()));
    }

    @Test
    void leavesOptionsPathsQuotedValuesAndTheUsersOwnText() {
        String text = "Berkas reports/batam.json sudah ada; berikan --force untuk menggantinya. Tahun [the year]\n"
                + "Dokumen Peraturan Bupati tentang The Child Forum";
        assertEquals(List.of(), Wording.english(text, List.of("The Child Forum")));
    }
}
