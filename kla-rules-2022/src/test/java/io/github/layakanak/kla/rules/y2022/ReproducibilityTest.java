package io.github.layakanak.kla.rules.y2022;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.ConditionOutcome;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import io.github.layakanak.kla.testkit.Gen;
import io.github.layakanak.kla.testkit.Generators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A scorecard can be reproduced, byte for byte, from what its stamp names; and any change to a pack's parameters
 * changes the stamp (issue 13).
 */
class ReproducibilityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RulePackLoader LOADER = RulePackLoader.create();
    private static final RulePack PACK = new Kla2022().rulePack();
    private static final String OVERLAY = "{\"overlay\": \"Pratama from 550 (example)\", \"pack\": \"kla-2022\", "
            + "\"provenance\": {\"kind\": \"HYPOTHETICAL\", \"source\": \"a reproducibility test\"}, "
            + "\"indicators\": {\"kla-regulation\": {\"max\": 60}, \"kla-institution\": {\"max\": 50}}, "
            + "\"bands\": {\"ranks\": [{\"rank\": \"NONE\", \"from\": 0, \"fromInclusive\": true}, "
            + "{\"rank\": \"PRATAMA\", \"from\": 550, \"fromInclusive\": true}, "
            + "{\"rank\": \"MADYA\", \"from\": 600, \"fromInclusive\": false}, "
            + "{\"rank\": \"NINDYA\", \"from\": 700, \"fromInclusive\": false}, "
            + "{\"rank\": \"UTAMA\", \"from\": 800, \"fromInclusive\": false}, "
            + "{\"rank\": \"KLA\", \"from\": 900, \"fromInclusive\": false}]}}";

    /** What an archive keeps: the submissions and the overlays, by their SHA-256, as JSON. */
    private final Map<String, String> submissions = new HashMap<>();
    private final Map<String, String> overlays = new HashMap<>();

    private static String parameters() {
        try (InputStream in = Kla2022.class.getResourceAsStream(Kla2022.PARAMETERS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RulePack overlay(RulePack pack, String overlay) {
        return LOADER.applyOverlay(pack, new ByteArrayInputStream(overlay.getBytes(StandardCharsets.UTF_8)),
                "overlay.json");
    }

    /** Scores and archives what the stamp will name. */
    private String scoreAndArchive(RulePack pack, Submission submission) {
        ScoreCard card = ScoringEngine.score(pack, submission);
        submissions.put(card.stamp().submissionSha256(), KlaJson.write(submission));
        card.stamp().overlay().ifPresent(o -> overlays.put(o.sha256(), OVERLAY));
        return KlaJson.write(card);
    }

    /** Scores again from the stamp alone (and the rank conditions the scorecard says were on), out of the archive. */
    private String rescore(String json) throws IOException {
        JsonNode card = MAPPER.readTree(json);
        JsonNode stamp = card.get("stamp");
        RulePack pack = RulePacks.discover().get(stamp.get("packId").textValue());
        if (stamp.hasNonNull("overlay")) {
            pack = overlay(pack, overlays.get(stamp.at("/overlay/sha256").textValue()));
        }
        for (JsonNode condition : card.get("conditions")) {
            pack = pack.withRankCondition(condition.get("condition").textValue(), true);
        }
        assertEquals(stamp.get("packSha256").textValue(), pack.sha256(), "the very rules the stamp names");
        Submission submission = KlaJson.readSubmission(submissions.get(stamp.get("submissionSha256").textValue()));
        ScoreCard again = ScoringEngine.score(pack, submission);
        assertEquals(stamp.get("engineVersion").textValue(), again.stamp().engineVersion());
        return KlaJson.write(again);
    }

    @Test
    void rescoringFromWhatTheStampNamesReproducesTheScorecardByteForByte() throws IOException {
        List<RulePack> packs = List.of(PACK, overlay(PACK, OVERLAY), PACK.withRankCondition(Kla2022.PERDA_FOR_UTAMA,
                true));
        Gen<Submission> gen = Generators.submissions(PACK);
        SplittableRandom random = new SplittableRandom(13);
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            cards.add(scoreAndArchive(packs.get(i % packs.size()), gen.generate(random)));
        }

        for (String card : cards) {
            assertEquals(card, rescore(card));
        }
    }

    @Test
    void aPackWrittenAndReadBackScoresTheSameBytes() {
        RulePack written = LOADER.parse(LOADER.write(PACK), "written.json");
        Gen<Submission> gen = Generators.submissions(PACK);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            Submission s = gen.generate(random);
            // What the pack's hash is taken of holds everything the engine reads of the pack.
            assertEquals(KlaJson.write(ScoringEngine.score(PACK, s)), KlaJson.write(ScoringEngine.score(written, s)));
        }
    }

    @Test
    void aSubmissionWrittenAndReadBackScoresTheSameBytes() {
        Gen<Submission> gen = Generators.submissions(PACK);
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 200; i++) {
            Submission s = gen.generate(random);
            // What the submission's hash is taken of holds everything the engine reads of the submission.
            assertEquals(KlaJson.write(ScoringEngine.score(PACK, s)),
                    KlaJson.write(ScoringEngine.score(PACK, KlaJson.readSubmission(KlaJson.write(s)))));
        }
    }

    @Test
    void oneChangedDigitOfAMaximumIsRefusedAndOneOfTheGateChangesTheStamp() {
        String text = parameters();
        // kla-regulation's max, 50, becomes 40: the maxima no longer add up, and the pack is refused when loaded.
        int max = text.indexOf("\"max\": {\"value\": 50", text.indexOf("\"id\": \"kla-regulation\""))
                + "\"max\": {\"value\": ".length();
        String changedMax = text.substring(0, max) + '4' + text.substring(max + 1);
        RulePackException refused = assertThrows(RulePackException.class, () -> LOADER.parse(changedMax, "changed.json"));
        assertEquals("/indicators: the indicators' maxima must sum to totalMax 1000, but sum to 990",
                refused.problems().get(0));

        // The gate's threshold, 500, becomes 400: the pack loads, and every stamp differs.
        String gate = "\"threshold\": {\"value\": 500";
        int digit = text.indexOf(gate) + gate.length() - 3;
        RulePack gate400 = LOADER.parse(text.substring(0, digit) + '4' + text.substring(digit + 1), "changed.json");
        assertEquals(0, gate400.findGate().orElseThrow().threshold().value().compareTo(java.math.BigDecimal.valueOf(400)));
        Submission s = Generators.submissions(PACK).generate(new SplittableRandom(1));
        assertNotEquals(ScoringEngine.score(PACK, s).stamp(), ScoringEngine.score(gate400, s).stamp());
        assertNotEquals(PACK.sha256(), gate400.sha256());
    }

    @Test
    void everySingleCharacterChangeThatStillLoadsChangesTheStamp() {
        String text = parameters();
        // The named provenance indicator-list documents the instrument; no number cites it, so it is in no hash.
        int from = text.indexOf("\"indicator-list\"");
        int to = text.indexOf('}', from);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && (i < from || i > to)) {
                positions.add(i);
            }
        }
        SplittableRandom random = new SplittableRandom(2022);
        // No answers: a submission every loadable variant can score (one whose ids or kinds changed may refuse others).
        Submission s = Generators.submissions(PACK).generate(random).withAnswers(List.of());
        String original = PACK.sha256();
        int loaded = 0;
        for (int n = 0; n < 300; n++) {
            int at = positions.get(random.nextInt(positions.size()));
            char c = text.charAt(at);
            char flipped = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1 + random.nextInt(9)) % 10)
                    : Character.isUpperCase(c) ? (char) ('A' + (c - 'A' + 1 + random.nextInt(25)) % 26)
                    : Character.isLowerCase(c) ? (char) ('a' + (c - 'a' + 1 + random.nextInt(25)) % 26) : c;
            if (flipped == c) {
                continue;
            }
            String changed = text.substring(0, at) + flipped + text.substring(at + 1);
            RulePack pack;
            try {
                pack = LOADER.parse(changed, "flipped.json");
            } catch (RulePackException refused) {
                continue; // refused when loaded: the change cannot go unnoticed either
            } catch (RuntimeException unparsable) {
                continue;
            }
            loaded++;
            String context = text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
            assertNotEquals(original, pack.sha256(), () -> "[" + c + "] -> [" + flipped + "] at " + at + ": " + context);
            if (pack.governs(s.year()) && pack.regionEdition() == PACK.regionEdition()) {
                assertNotEquals(ScoringEngine.score(PACK, s).stamp(), ScoringEngine.score(pack, s).stamp(), context);
            }
        }
        assertTrue(loaded >= 50, "only " + loaded + " of the changes still loaded");
    }

    @Test
    void theConditionsSwitchedOnAreNamedOnTheScorecard() {
        RulePack strict = PACK.withRankCondition(Kla2022.PERDA_FOR_UTAMA, true);
        ScoreCard card = ScoringEngine.score(strict, Generators.submissions(PACK).generate(new SplittableRandom(3)));

        assertEquals(List.of(Kla2022.PERDA_FOR_UTAMA), card.conditions().stream().map(ConditionOutcome::condition)
                .toList());
        assertNotEquals(PACK.sha256(), card.stamp().packSha256());
    }
}
