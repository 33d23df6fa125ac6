package io.github.layakanak.kla.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

/**
 * Properties of kla-model and kla-scoring over generated districts. They live here, not in those modules,
 * because the testkit depends on them: their own tests cannot depend on the testkit.
 */
class ModelPropertiesTest {

    @Test
    void everySubmissionReadsBackFromItsJson() {
        Property.forAll(Generators.submissions(TestkitPacks.PACK)).check(s -> {
            String json = KlaJson.write(s);
            Submission read = KlaJson.readSubmission(json);
            assertEquals(s, read);
            assertEquals(json, KlaJson.write(read));
        });
    }

    @Test
    void theStampHashesTheCanonicalSubmission() {
        Property.forAll(Generators.submissions(TestkitPacks.PACK)).tries(200).check(s -> assertEquals(
                ScoringEngine.score(TestkitPacks.PACK, s).stamp().submissionSha256(),
                ScoringEngine.score(TestkitPacks.PACK, KlaJson.readSubmission(KlaJson.write(s))).stamp()
                        .submissionSha256()));
    }

    @Test
    void aLaterStageNeverCountsAPendingDocument() {
        Property.forAll(Generators.submissions(TestkitPacks.PACK)).tries(300).check(s -> {
            ScoreCard self = ScoringEngine.score(TestkitPacks.PACK, s.withStage(Stage.SELF_ASSESSMENT));
            ScoreCard field = ScoringEngine.score(TestkitPacks.PACK, s.withStage(Stage.ADMINISTRATIVE_VERIFICATION));
            assertEquals(field.provisional().lowest(), field.total(), "at a verification stage the total is the lowest");
            assertEquals(self.provisional().highest(), self.total(), "at the self-assessment the total is the highest");
        });
    }
}
