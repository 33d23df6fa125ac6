package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.Rung;
import io.github.layakanak.kla.scoring.pack.Step;
import io.github.layakanak.kla.scoring.spi.CustomRubric;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deliberately broken packs: the testkit's pack with the rubric of facility-based deliveries replaced by one
 * that breaks a property of the contract. Their contract classes are not named *Test, so the build does not
 * run them; {@link ContractCatchesBrokenPacksTest} runs them and reads the failures.
 */
final class BrokenPacks {

    private BrokenPacks() {
    }

    /** More coverage earns fewer points. */
    static RulePack inverted() {
        return withDeliveries(new Scaled("inverted", false, BigDecimal.ONE));
    }

    /** Full coverage earns one and a half times the maximum. */
    static RulePack overflowing() {
        return withDeliveries(new Scaled("overflowing", true, new BigDecimal("1.5")));
    }

    private static RulePack withDeliveries(CustomRubric rubric) {
        List<IndicatorRule> rules = new ArrayList<>();
        for (IndicatorRule rule : TestkitPacks.PACK.indicators()) {
            rules.add(!rule.id().equals("facility-deliveries") ? rule : new IndicatorRule(rule.indicator(), rule.max(),
                    Optional.of(new Rubric.Custom(rubric, Map.of(), Provenance.hypothetical("broken on purpose"))),
                    List.of(), Optional.empty(), rule.evidenceRequired()));
        }
        return TestkitPacks.PACK.toBuilder().indicators(rules).build();
    }

    /** A percentage scaled to a fraction, upwards or inverted, and multiplied. */
    private record Scaled(String name, boolean upwards, BigDecimal factor) implements CustomRubric {

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of(MeasurementKind.PERCENTAGE);
        }

        @Override
        public List<Step> steps(Map<String, BigDecimal> parameters) {
            return List.of(new Step("ZERO", BigDecimal.ZERO, "nol", "zero"), new Step("ONE", BigDecimal.ONE, "satu", "one"));
        }

        @Override
        public Rung rate(Response response, Map<String, BigDecimal> parameters) {
            BigDecimal percent = ((IndicatorValue.Percentage) response.value().orElseThrow()).percent();
            BigDecimal share = upwards ? percent : BigDecimal.valueOf(100).subtract(percent);
            BigDecimal fraction = share.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64).multiply(factor);
            return new Rung(new Step("SCALED", BigDecimal.ZERO, "skala", "scaled"), fraction, List.of());
        }
    }

    /** The contract run against the inverted pack. */
    static final class InvertedContract implements RulePackContract {
        @Override
        public RulePack rulePack() {
            return inverted();
        }
    }

    /** The contract run against the overflowing pack. */
    static final class OverflowingContract implements RulePackContract {
        @Override
        public RulePack rulePack() {
            return overflowing();
        }
    }
}
