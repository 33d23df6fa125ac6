package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.testkit.GoldenCase;
import io.github.layakanak.kla.testkit.GoldenCases;
import io.github.layakanak.kla.scoring.pack.OverlayStamp;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import io.github.layakanak.kla.scoring.rubric.DocumentLadder;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overlay example of the module's README applies to the pack as the README says, so the two cannot drift. */
class OverlayTest {

    private static final RulePack PACK = new Kla2022().rulePack();

    @Test
    void appliesTheReadmeOverlayFromAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("official-2022.json"), readmeOverlay());

        RulePack official = RulePackLoader.create().applyOverlay(PACK, file);

        assertEquals(0, new BigDecimal("60").compareTo(official.indicator("kla-regulation").max().value()));
        assertEquals(0, new BigDecimal("50").compareTo(official.indicator("kla-institution").max().value()));
        assertEquals(Provenance.Kind.OFFICIAL, official.indicator("kla-regulation").max().provenance().kind());
        DocumentLadder ladder = (DocumentLadder) official.indicator("kla-regulation").rubric()
                .orElseThrow();
        assertEquals(0, new BigDecimal("0.75").compareTo(ladder.fractions().get(DocumentLevel.PERKADA_OR_SK)));
        OverlayStamp stamp = official.findOverlay().orElseThrow();
        assertTrue(stamp.name().contains("example"), stamp.name());
        assertNotEquals(PACK.sha256(), official.sha256());
        assertEquals(Provenance.Kind.HYPOTHETICAL, official.indicator("birth-certificates").max().provenance().kind());
    }

    @Test
    void appliesTheReadmeOverlayFromAStreamAndScoresUnderIt() throws Exception {
        RulePack official = RulePackLoader.create().applyOverlay(PACK,
                new ByteArrayInputStream(readmeOverlay().getBytes(StandardCharsets.UTF_8)), "official-2022.json");
        Path file = Path.of("src/test/resources/cases/04-rank-nindya.json");
        GoldenCase batam = GoldenCases.parse(Files.readString(file), file.getFileName().toString());

        ScoreCard shipped = batam.score(RulePacks.of(PACK));
        ScoreCard overlaid = batam.score(RulePacks.of(official));

        assertEquals(new BigDecimal("770.25"), shipped.total());
        // A Perkada earns 0.75 of 60 (45.00) instead of 0.6 of 50 (30.00); the institution composite keeps its
        // fraction of a maximum cut from 60 to 50.
        assertEquals(new BigDecimal("30.00"), shipped.findIndicator("kla-regulation").orElseThrow().points());
        assertEquals(new BigDecimal("45.00"), overlaid.findIndicator("kla-regulation").orElseThrow().points());
        BigDecimal institution = shipped.findIndicator("kla-institution").orElseThrow().points();
        assertEquals(institution.multiply(new BigDecimal("50")).divide(new BigDecimal("60"), 2,
                java.math.RoundingMode.HALF_UP), overlaid.findIndicator("kla-institution").orElseThrow().points());
        assertEquals(shipped.stamp().packSha256(), PACK.sha256());
        assertEquals(official.sha256(), overlaid.stamp().packSha256());
    }

    /** The JSON block that follows the README's {@code <!-- file: official-2022-overlay.json -->} marker. */
    static String readmeOverlay() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int marker = readme.indexOf("<!-- file: official-2022-overlay.json -->");
        assertTrue(marker >= 0, "the README shows the overlay example");
        int start = readme.indexOf("```json\n", marker) + "```json\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }
}
