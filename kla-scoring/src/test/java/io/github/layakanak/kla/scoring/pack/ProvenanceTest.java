package io.github.layakanak.kla.scoring.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
