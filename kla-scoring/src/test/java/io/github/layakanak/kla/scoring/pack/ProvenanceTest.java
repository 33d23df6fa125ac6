package io.github.layakanak.kla.scoring.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void factoriesSetTheKind() {
        assertEquals(Provenance.Kind.OFFICIAL, Provenance.official("Perpres 25/2021 art. 8").kind());
        assertEquals(Provenance.Kind.SOURCED, Provenance.sourced("Rekap Penilaian Mandiri KLA 2024").kind());
        assertEquals(Provenance.Kind.HYPOTHETICAL, Provenance.hypothetical("weights unpublished").kind());
    }

    @Test
    void rejectsANumberWithoutItsSource() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Provenance.hypothetical("  "));
        assertEquals("source of a HYPOTHETICAL number must not be blank", e.getMessage());
    }

    @Test
    void givesTheSourceInTheReadersLanguage() {
        Provenance bands = Provenance.official("pernyataan KemenPPPA tentang rentang nilai peringkat",
                "KemenPPPA statement on the rank bands");
        assertEquals("pernyataan KemenPPPA tentang rentang nilai peringkat", bands.source(Locale.forLanguageTag("id")));
        assertEquals("pernyataan KemenPPPA tentang rentang nilai peringkat",
                bands.source(Locale.forLanguageTag("id-ID")), "Indonesian of any country");
        assertEquals("KemenPPPA statement on the rank bands", bands.source(Locale.ENGLISH));
        assertEquals("KemenPPPA statement on the rank bands", bands.source(Locale.FRENCH), "English for any other");
        assertTrue(bands.bilingual());
    }

    @Test
    void aSourceInOneTextIsShownAsItIsInBothLanguages() {
        Provenance old = new Provenance(Provenance.Kind.SOURCED, "Rekap Penilaian Mandiri KLA 2024");
        assertEquals(old.indonesian(), old.english());
        assertEquals("Rekap Penilaian Mandiri KLA 2024", old.source(Locale.forLanguageTag("id")));
        assertEquals("Rekap Penilaian Mandiri KLA 2024", old.source(Locale.ENGLISH));
        assertFalse(old.bilingual());
    }

    @Test
    void rejectsASourceBlankInOneLanguage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Provenance.sourced(" ", "Rekap Penilaian Mandiri KLA 2024"));
        assertEquals("source of a SOURCED number must not be blank in Indonesian", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Provenance.sourced("rekap", ""));
        assertEquals("source of a SOURCED number must not be blank in English", e.getMessage());
    }
}
