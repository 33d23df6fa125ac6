package io.github.layakanak.kla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankTest {

    @Test
    void ranksAreOrderedFromNoneToKla() {
        assertEquals(List.of(Rank.NONE, Rank.PRATAMA, Rank.MADYA, Rank.NINDYA, Rank.UTAMA, Rank.KLA),
                List.of(Rank.values()));
    }

    @Test
    void isAtLeastFollowsTheOrder() {
        assertTrue(Rank.NINDYA.isAtLeast(Rank.MADYA));
        assertTrue(Rank.NINDYA.isAtLeast(Rank.NINDYA));
        assertFalse(Rank.PRATAMA.isAtLeast(Rank.MADYA));
    }

    @Test
    void carriesIndonesianDisplayNames() {
        assertEquals("Nindya", Rank.NINDYA.nameId());
        assertEquals("Belum Berperingkat", Rank.NONE.nameId());
    }
}
