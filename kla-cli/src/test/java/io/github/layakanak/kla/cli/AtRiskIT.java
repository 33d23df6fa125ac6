package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kla at-risk} of the built jar. */
class AtRiskIT {

    @TempDir
    Path dir;

    @Test
    void showsTheMarginAndTheDocumentsWhoseRejectionWouldCostTheRank() throws IOException {
        Kla.Run run = Kla.run(dir, "at-risk", "--sample", "batam").exits(0);
        assertAll(() -> assertTrue(run.out().contains("Total 745,00 (Nindya): 44,99 poin di atas batas terendah Nindya "
                        + "(700,01)."), run::toString),
                () -> assertTrue(run.out().contains("Perkiraan rentang nilai: 745,00 (Nindya); tidak ada data dukung yang "
                        + "menunggu verifikasi."), run::toString),
                () -> assertTrue(run.out().contains("Data dukung yang bila ditolak sendiri saja menurunkan peringkat "
                        + "(1):"), run::toString),
                () -> assertTrue(run.out().contains("bila ditolak -45,00 poin, menjadi Madya"), run::toString),
                () -> assertTrue(run.out().contains("Data dukung lain yang paling berpengaruh (10 teratas"),
                        run::toString),
                () -> assertEquals("", run.err()));
        PlanIT.assertWords(run);

        JsonNode risk = PlanIT.json(Kla.run(dir, "at-risk", "--sample", "batam", "--format", "json").exits(0));
        assertEquals(0, new BigDecimal("44.99").compareTo(risk.get("margin").decimalValue()));
        assertEquals("MADYA", risk.get("documents").get(0).get("rankAfter").asText());
        assertEquals(1, risk.get("fewest").size());
    }

    @Test
    void givesASelfAssessmentWithPendingEvidenceAnHonestProvisionalRange() throws IOException {
        Path file = CompareIT.stage(dir, "17-stage-drop-self-assessment", "self.json");
        Kla.Run run = Kla.run(dir, "at-risk", file.toString(), "--lang", "en").exits(0);
        assertTrue(run.out().contains("Provisional range: 0.00 (No rank) if every document waiting for verification is "
                + "rejected, up to 805.25 (Utama) if accepted."), run::toString);
        assertTrue(run.out().contains("Total 805.25 (Utama): 5.24 points above the lowest Utama total (800.01)."),
                run::toString);
        PlanIT.assertWords(run);
        Kla.Run indonesian = Kla.run(dir, "at-risk", file.toString()).exits(0);
        PlanIT.assertWords(indonesian);
    }

    @Test
    void aDistrictWithoutARankHasNothingToLose() {
        Kla.Run run = Kla.run(dir, "at-risk", "--sample", "empty").exits(0);
        assertTrue(run.out().contains("Total 0,00: belum berperingkat"), run::toString);
        PlanIT.assertWords(run);
    }
}
