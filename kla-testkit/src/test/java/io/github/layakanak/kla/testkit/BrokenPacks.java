package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.ParametersWriter;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Rating;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.Rung;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
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

    private static RulePack withDeliveries(Rubric rubric) {
        List<IndicatorRule> rules = new ArrayList<>();
        for (IndicatorRule rule : TestkitPacks.PACK.indicators()) {
            rules.add(!rule.id().equals("facility-deliveries") ? rule : new IndicatorRule(rule.indicator(), rule.max(),
                    Optional.of(rubric), List.of(), Optional.empty(), rule.evidenceRequired()));
        }
        return TestkitPacks.PACK.toBuilder().indicators(rules).build();
    }

    /** A percentage scaled to a fraction, upwards or inverted, and multiplied: a rubric kind broken on purpose. */
    private record Scaled(String name, boolean upwards, BigDecimal factor) implements Rubric {

        private static final List<Rung> LADDER = List.of(new Rung("ZERO", BigDecimal.ZERO),
                new Rung("ONE", BigDecimal.ONE));

        @Override
        public String kind() {
            return "SCALED";
        }

        @Override
        public Provenance provenance() {
            return Provenance.hypothetical("sengaja dirusak: " + name, "broken on purpose: " + name);
        }

        @Override
        public List<Rung> ladder() {
            return LADDER;
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of(MeasurementKind.PERCENTAGE);
        }

        @Override
        public Rating rate(Response response) {
            BigDecimal percent = ((IndicatorValue.Percentage) response.value().orElseThrow()).percent();
            BigDecimal share = upwards ? percent : BigDecimal.valueOf(100).subtract(percent);
            BigDecimal fraction = share.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64).multiply(factor);
            return new Rating(new Rung("SCALED", fraction), fraction, LADDER, List.of());
        }

        @Override
        public Message describe(Rung rung) {
            return Message.text(rung.id(), rung.id());
        }

        @Override
        public void write(ParametersWriter out) {
            out.text("name", name);
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
