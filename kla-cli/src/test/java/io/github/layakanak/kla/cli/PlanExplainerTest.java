package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.AtRisk;
import io.github.layakanak.kla.scoring.plan.Effort;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanExplainer;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import io.github.layakanak.kla.scoring.plan.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words of plans, risks and comparisons, for every sample, in both languages. */
class PlanExplainerTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static CheckedSubmission checked(Samples.Sample sample) {
        RulePack pack = Oracle.PACKS.forYear(sample.submission().year());
        return ScoringEngine.check(pack, sample.submission());
    }

    @Test
    void namesAQuestionOfAStepByItsCodeAndItsText() {
        Samples.Sample sample = Samples.find("batam-2024").orElseThrow();
        RulePack pack = Oracle.PACKS.forYear(sample.submission().year());
        String topicId = pack.findIndicator("kla-institution").flatMap(r -> r.findQuestion("4"))
                .orElseThrow().question().topicId();
        assertEquals("2. " + pack.findIndicator("kla-institution").orElseThrow().indicator().nameId()
                + ", pertanyaan 4 (" + topicId + ")",
                PlanExplainer.of(pack, INDONESIAN).indicator("kla-institution", Optional.of("4")));
        String topicEn = pack.findIndicator("kla-institution").flatMap(r -> r.findQuestion("4"))
                .orElseThrow().question().topicEn();
        assertTrue(PlanExplainer.of(pack, Locale.ENGLISH).indicator("kla-institution", Optional.of("4"))
                .endsWith(", question 4 (" + topicEn + ")"));
    }

    @Test
    void saysEveryPlanRiskAndComparisonOfTheSamplesWithoutNamesFromTheCode() {
        List<PlanRequest> requests = List.of(PlanRequest.nextRank(), PlanRequest.nextRank().documentsOnly(true),
                PlanRequest.nextRank().target(Rank.KLA), PlanRequest.nextRank().effort(Effort.steps()
                        .with(Step.Kind.RUNG_UP, new BigDecimal("2.5"))));
        for (Samples.Sample sample : Samples.all()) {
            CheckedSubmission checked = checked(sample);
            ScoreCard card = ScoringEngine.score(checked);
            List<Plan> plans = requests.stream().map(r -> Planner.plan(checked, r)).toList();
            AtRisk risk = Planner.atRisk(checked);
            for (Locale locale : List.of(INDONESIAN, Locale.ENGLISH)) {
                PlanExplainer words = PlanExplainer.of(checked.pack(), locale);
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < requests.size(); i++) {
                    lines.addAll(words.lines(plans.get(i), requests.get(i)));
                }
                lines.addAll(words.lines(risk));
                lines.addAll(words.lines(ScoringEngine.compare(card, card), card));
                for (String line : lines) {
                    assertFalse(PlanIT.CODE_NAMES.matcher(line).find(), () -> sample.name() + " " + locale + ": " + line);
                }
            }
        }
    }

    @Test
    void saysThePointsNeededAndEachStepInBothLanguages() {
        CheckedSubmission banyuasin = checked(Samples.find("banyuasin").orElseThrow());
        Plan plan = Planner.plan(banyuasin, PlanRequest.nextRank());
        PlanExplainer indonesian = PlanExplainer.of(banyuasin.pack(), INDONESIAN);
        PlanExplainer english = PlanExplainer.of(banyuasin.pack(), Locale.ENGLISH);
        assertAll(
                () -> assertEquals("Untuk mencapai Madya diperlukan +85,01 poin: dari 515,00 (Pratama) menjadi paling "
                        + "sedikit 600,01.", indonesian.headline(plan)),
                () -> assertEquals("To reach Madya, +85.01 points are needed: from 515.00 (Pratama) to at least "
                        + "600.01.", english.headline(plan)),
                () -> assertEquals(INDONESIAN, indonesian.locale()),
                () -> assertEquals("1. Peraturan Daerah (Perda) tentang KLA",
                        indonesian.indicator("kla-regulation", Optional.empty())),
                () -> assertTrue(indonesian.step(plan.steps().get(0)).startsWith("11. Infrastruktur Ramah Anak: "),
                        () -> indonesian.step(plan.steps().get(0))),
                () -> assertEquals("dokumen", indonesian.kind(plan.steps().get(0))),
                () -> assertEquals("outcome data", english.kind(plan.steps().get(1))));
    }
}
