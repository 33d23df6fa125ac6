package io.github.layakanak.kla.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.EvidenceOutcome;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
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

    @Test
    void theProvisionalRangeIsTheTotalWithThePendingDocumentsRejectedOrAccepted() {
        Property.forAll(Generators.submissions(TestkitPacks.PACK)).tries(300).check(s -> {
            ScoreCard card = ScoringEngine.score(TestkitPacks.PACK, s);
            Submission rejected = everyPending(s, (e, stage) -> e.withVerification(stage,
                    new Verification(VerificationStatus.INVALID, Optional.of("ditolak"))));
            Submission accepted = everyPending(s, (e, stage) -> counting(e, stage, s));
            assertEquals(ScoringEngine.score(TestkitPacks.PACK, rejected).total(), card.provisional().lowest());
            assertEquals(ScoringEngine.score(TestkitPacks.PACK, accepted).total(), card.provisional().highest());
        });
    }

    @Test
    void aDocumentCostsWhatItsIndicatorGainsWhenItAloneCounts() {
        Property.forAll(Generators.submissions(TestkitPacks.PACK)).tries(300).check(s -> {
            ScoreCard card = ScoringEngine.score(TestkitPacks.PACK, s);
            for (Deficiency d : card.deficiencies()) {
                if (d.evidence().isEmpty() || !d.evidence().get().accepted()) {
                    continue;
                }
                EvidenceOutcome document = d.evidence().get();
                Submission fixed = withDocument(s, document.pointer(), e -> counting(e, s.stage(), s));
                BigDecimal before = points(card, d.indicator());
                BigDecimal after = points(ScoringEngine.score(TestkitPacks.PACK, fixed), d.indicator());
                BigDecimal gain = after.subtract(before).max(BigDecimal.ZERO);
                assertTrue(gain.compareTo(d.cost()) == 0,
                        () -> document.pointer() + " costs " + d.cost() + " but counting it gains " + gain);
            }
        });
    }

    private static BigDecimal points(ScoreCard card, String indicator) {
        return card.indicators().stream().filter(i -> i.indicator().equals(indicator)).findFirst()
                .map(IndicatorScore::points).orElseThrow();
    }

    /** A document as it would count: found valid at the stage, with the number and date a valid regulation has. */
    private static Evidence counting(Evidence e, Stage stage, Submission s) {
        return new Evidence(e.type(), e.title(), Optional.of(e.number().orElse("1")),
                Optional.of(e.issuedOn().orElse(s.submittedOn())), e.issuer(), e.link(), e.sha256(),
                e.withVerification(stage, Verification.VALID).verification());
    }

    private static Submission everyPending(Submission s, BiFunction<Evidence, Stage, Evidence> change) {
        // At the self-assessment every document is still to be verified, whatever the district marked it.
        UnaryOperator<Evidence> each = e -> s.stage() == Stage.SELF_ASSESSMENT
                || e.verdictAt(s.stage()).status() == VerificationStatus.PENDING ? change.apply(e, s.stage()) : e;
        List<Answer> answers = new ArrayList<>();
        for (Answer a : s.answers()) {
            answers.add(new Answer(a.indicator(), a.value(), a.evidence().stream().map(each).toList(),
                    a.questions().stream().map(q -> new QuestionAnswer(q.question(), q.option(), q.value(),
                            q.awardedPoints(), q.evidence().stream().map(each).toList())).toList(),
                    a.statedPoints()));
        }
        return s.withAnswers(answers);
    }

    /** The submission with the document at a pointer ({@code /answers/3/evidence/1}, or a question's) changed. */
    private static Submission withDocument(Submission s, String pointer, UnaryOperator<Evidence> change) {
        String[] at = pointer.substring(1).split("/");
        int a = Integer.parseInt(at[1]);
        List<Answer> answers = new ArrayList<>(s.answers());
        Answer answer = answers.get(a);
        if (at[2].equals("evidence")) {
            answers.set(a, answer.withEvidence(replaced(answer.evidence(), Integer.parseInt(at[3]), change)));
        } else {
            int q = Integer.parseInt(at[3]);
            List<QuestionAnswer> questions = new ArrayList<>(answer.questions());
            QuestionAnswer qa = questions.get(q);
            questions.set(q, new QuestionAnswer(qa.question(), qa.option(), qa.value(), qa.awardedPoints(),
                    replaced(qa.evidence(), Integer.parseInt(at[5]), change)));
            answers.set(a, new Answer(answer.indicator(), answer.value(), answer.evidence(), questions,
                    answer.statedPoints()));
        }
        return s.withAnswers(answers);
    }

    private static List<Evidence> replaced(List<Evidence> evidence, int index,
            UnaryOperator<Evidence> change) {
        List<Evidence> copy = new ArrayList<>(evidence);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }
}
