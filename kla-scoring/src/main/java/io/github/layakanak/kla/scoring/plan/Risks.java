package io.github.layakanak.kla.scoring.plan;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.EvidenceOutcome;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.QuestionScore;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the risks of a scorecard by scoring it again with documents rejected: each document that counts alone,
 * then the costliest together until the rank falls. Scoring again, rather than estimating, keeps every rule of the
 * pack (caps, rounding, rank conditions) in the answer.
 */
final class Risks {

    /** The verifier's reason recorded on a document rejected in a what-if. */
    private static final String REJECTED = "ditolak (simulasi)";

    private Risks() {
    }

    static AtRisk of(CheckedSubmission checked) {
        RulePack pack = checked.pack();
        Submission submission = checked.submission();
        ScoreCard card = ScoringEngine.score(checked);
        BigDecimal margin = card.rank() == Rank.NONE ? BigDecimal.ZERO
                : card.total().subtract(Planner.lowestTotal(pack, card.rank()).orElse(card.total())).max(BigDecimal.ZERO);
        List<AtRisk.Exposure> documents = new ArrayList<>();
        for (IndicatorScore indicator : card.indicators()) {
            for (EvidenceOutcome e : indicator.evidence()) {
                expose(pack, submission, card, indicator.indicator(), Optional.empty(), e, documents);
            }
            for (QuestionScore question : indicator.questions()) {
                for (EvidenceOutcome e : question.evidence()) {
                    expose(pack, submission, card, indicator.indicator(), Optional.of(question.question()), e,
                            documents);
                }
            }
        }
        documents.sort(Comparator.comparing((AtRisk.Exposure x) -> x.rankAfter().compareTo(card.rank()) >= 0)
                .thenComparing(AtRisk.Exposure::cost, Comparator.reverseOrder()));
        List<AtRisk.Exposure> fewest = new ArrayList<>();
        if (card.rank() != Rank.NONE && !documents.isEmpty()) {
            if (documents.get(0).rankAfter().compareTo(card.rank()) < 0) {
                fewest.add(documents.get(0));
            } else {
                Submission rejected = submission;
                for (AtRisk.Exposure x : documents) {
                    if (x.cost().signum() <= 0) {
                        break;
                    }
                    rejected = reject(rejected, x.evidence().pointer());
                    fewest.add(x);
                    if (ScoringEngine.score(pack, rejected).rank().compareTo(card.rank()) < 0) {
                        break;
                    }
                }
                if (!fewest.isEmpty() && ScoringEngine.score(pack, rejected).rank().compareTo(card.rank()) >= 0) {
                    fewest.clear();
                }
            }
        }
        return new AtRisk(card.total(), card.rank(), margin, card.provisional(), documents, fewest);
    }

    private static void expose(RulePack pack, Submission submission, ScoreCard card, String indicator,
            Optional<String> question, EvidenceOutcome e, List<AtRisk.Exposure> found) {
        if (!e.counts()) {
            return;
        }
        ScoreCard after = ScoringEngine.score(pack, reject(submission, e.pointer()));
        found.add(new AtRisk.Exposure(indicator, question, e, card.total().subtract(after.total()), after.rank()));
    }

    /** The submission with the document at a pointer found invalid at the submission's stage. */
    static Submission reject(Submission submission, String pointer) {
        String[] parts = pointer.substring(1).split("/");
        int a = Integer.parseInt(parts[1]);
        List<Answer> answers = new ArrayList<>(submission.answers());
        Answer answer = answers.get(a);
        if (parts[2].equals("evidence")) {
            answers.set(a, answer.withEvidence(rejected(answer.evidence(), Integer.parseInt(parts[3]), submission)));
        } else {
            int q = Integer.parseInt(parts[3]);
            List<QuestionAnswer> questions = new ArrayList<>(answer.questions());
            QuestionAnswer qa = questions.get(q);
            questions.set(q, new QuestionAnswer(qa.question(), qa.option(), qa.value(), qa.awardedPoints(),
                    rejected(qa.evidence(), Integer.parseInt(parts[5]), submission)));
            answers.set(a, new Answer(answer.indicator(), answer.value(), answer.evidence(), questions,
                    answer.statedPoints()));
        }
        return submission.withAnswers(answers);
    }

    private static List<Evidence> rejected(List<Evidence> evidence, int index, Submission submission) {
        List<Evidence> copy = new ArrayList<>(evidence);
        copy.set(index, copy.get(index).withVerification(submission.stage(), Verification.invalid(REJECTED)));
        return copy;
    }
}
