package io.github.layakanak.kla.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.ScoringException;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Nothing but a documented {@code KlaException} escapes the engine, for any pack the linter accepts and any
 * submission: generated packs of every rubric kind, and valid, broken and hostile submissions for them. A submission
 * the engine scores is explained in both languages; one it refuses is refused with every problem at its pointer.
 */
class EngineRobustnessTest {

    private static final Explainer.Explanations NOTHING = new Explainer.Explanations(java.util.Map.of(), List.of(), List.of());

    /** A generated pack, by its seed (so that only the submission shrinks), and a submission for it. */
    record Case(long packSeed, Submission submission) {
        RulePack pack() {
            return Generators.rulePacks().generate(new SplittableRandom(packSeed));
        }
    }

    private static Gen<Case> cases() {
        return Gen.of(r -> {
            long packSeed = r.nextLong();
            RulePack pack = Generators.rulePacks().generate(new SplittableRandom(packSeed));
            Submission submission = switch (r.nextInt(4)) {
                case 0 -> Generators.submissions(pack).generate(r);
                case 1 -> Generators.invalidSubmissions(pack).generate(r).submission();
                default -> Generators.anySubmissions(pack).generate(r);
            };
            return new Case(packSeed, submission);
        }, c -> Shrinking.submission(c.submission()).map(s -> new Case(c.packSeed(), s)));
    }

    @Test
    void scoresOrRefusesAnySubmissionUnderAnyPackTheLinterAccepts() {
        Property.forAll(cases()).tries(Integer.getInteger("kla.property.tries", 600))
                .describedBy(c -> "pack seed " + c.packSeed() + ", submission " + KlaJson.write(c.submission()))
                .check(c -> scoresOrRefuses(c.pack(), c.submission()));
    }

    @Test
    void scoresOrRefusesAnySubmissionUnderTheTestkitsPack() {
        RulePack pack = TestkitPacks.PACK;
        Property.forAll(Gen.of(r -> r.nextBoolean() ? Generators.anySubmissions(pack).generate(r)
                        : Generators.invalidSubmissions(pack).generate(r).submission(), Shrinking::submission))
                .tries(400).describedBy(s -> KlaJson.write(s)).check(s -> scoresOrRefuses(pack, s));
    }

    @Test
    void everyGeneratedPackIsAcceptedAndReadsBackFromItsParametersFile() {
        RulePackLoader loader = RulePackLoader.create();
        Property.forAll(Generators.rulePacks()).tries(200).check(pack -> {
            RulePack read = loader.parse(loader.write(pack), "generated.json");
            if (!read.sha256().equals(pack.sha256()) || !read.indicators().equals(pack.indicators())) {
                throw new AssertionFailedError("the pack read back differs", loader.write(pack), loader.write(read));
            }
        });
    }

    @Test
    void generatedPacksCoverEveryBuiltInRubricKind() {
        List<String> kinds = Stream.generate(new SplittableRandom(7)::split).limit(300)
                .map(r -> Generators.rulePacks().generate(r))
                .flatMap(p -> p.indicators().stream())
                .flatMap(rule -> Stream.concat(rule.rubric().stream(), rule.questions().stream().map(q -> q.rubric())))
                .map(rubric -> rubric.kind()).distinct().sorted().toList();

        assertTrue(kinds.containsAll(List.of("BUDGET_SOURCES", "COMPOSITE", "COUNT_THRESHOLDS", "DOCUMENT_LADDER",
                "FUNCTIONING_LADDER", "OPTIONS", "PERCENT_BANDS", "PRESENCE", "PROPORTIONAL", "TARGET_COMPARISON")),
                kinds.toString());
    }

    private static void scoresOrRefuses(RulePack pack, Submission submission) {
        CheckedSubmission checked;
        try {
            checked = ScoringEngine.check(pack, submission);
        } catch (ScoringException e) {
            assertFalse(e.violations().isEmpty(), "a refusal names its problems");
            for (Violation v : e.violations()) {
                assertTrue(v.pointer().isEmpty() || v.pointer().startsWith("/"), v.toString());
                assertFalse(v.message().isBlank(), v.toString());
            }
            return;
        }
        ScoreCard card = ScoringEngine.score(checked);
        if (card.total().signum() < 0 || card.total().compareTo(pack.totalMax().value()) > 0) {
            throw new AssertionFailedError("the total must be within [0, " + pack.totalMax().value() + "], but was "
                    + card.total());
        }
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
            Explainer.Explanations words = Explainer.of(pack, locale).explain(card);
            assertFalse(words.equals(NOTHING) && !card.indicators().isEmpty(), "explained");
            words.indicators().values().forEach(w -> assertFalse(w.isBlank(), "no blank explanation"));
            words.deficiencies().forEach(w -> assertFalse(w.isBlank(), "no blank deficiency"));
            words.losses().forEach(w -> assertFalse(w.isBlank() || w.contains("_"), "a loss in words: " + w));
        }
        BigDecimal maxima = card.indicators().stream().map(i -> i.max()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal lost = card.losses().stream().map(l -> l.points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (maxima.subtract(card.total()).compareTo(lost) != 0) {
            throw new AssertionFailedError("the losses must add up to the maxima minus the total: " + card.losses()
                    + " under rounding " + pack.rounding() + ", total " + card.total() + ", indicators " + card.indicators(),
                    maxima.subtract(card.total()), lost);
        }
        KlaJson.write(card);
    }
}
