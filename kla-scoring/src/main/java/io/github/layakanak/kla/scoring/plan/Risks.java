package io.github.layakanak.kla.scoring.plan;

import io.github.layakanak.kla.model.Rank;
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
        ScoreCard card = ScoringEngine.score(checked);
        BigDecimal margin = card.rank() == Rank.NONE ? BigDecimal.ZERO
                : card.total().subtract(Planner.lowestTotal(pack, card.rank()).orElse(card.total())).max(BigDecimal.ZERO);
        List<AtRisk.Exposure> documents = new ArrayList<>();
        for (IndicatorScore indicator : card.indicators()) {
            for (EvidenceOutcome e : indicator.evidence()) {
                expose(checked, card, indicator.indicator(), Optional.empty(), e, documents);
            }
            for (QuestionScore question : indicator.questions()) {
                for (EvidenceOutcome e : question.evidence()) {
                    expose(checked, card, indicator.indicator(), Optional.of(question.question()), e, documents);
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
                CheckedSubmission rejected = checked;
                boolean falls = false;
                for (AtRisk.Exposure x : documents) {
                    if (x.cost().signum() <= 0) {
                        break;
                    }
                    rejected = rejected.rejecting(x.evidence().pointer(), REJECTED);
                    fewest.add(x);
                    falls = ScoringEngine.score(rejected).rank().compareTo(card.rank()) < 0;
                    if (falls) {
                        break;
                    }
                }
                if (!falls) {
                    fewest.clear();
                }
            }
        }
        return new AtRisk(card.total(), card.rank(), margin, card.provisional(), documents, fewest);
    }

    private static void expose(CheckedSubmission checked, ScoreCard card, String indicator,
            Optional<String> question, EvidenceOutcome e, List<AtRisk.Exposure> found) {
        if (!e.counts()) {
            return;
        }
        ScoreCard after = ScoringEngine.score(checked.rejecting(e.pointer(), REJECTED));
        found.add(new AtRisk.Exposure(indicator, question, e, card.total().subtract(after.total()), after.rank()));
    }
}
