package io.github.layakanak.kla.scoring.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.RulePackException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A rubric's ladder runs from the smallest fraction to the largest: what the next rung is, what a loss above a rung
 * is and how a plan climbs all rest on it, so the linter refuses a rubric of one's own whose ladder does not.
 */
class LadderOrderTest {

    /** A rubric of one's own that lists its best rung first. */
    private static final class BestFirst implements Rubric {

        private final List<Rung> ladder = List.of(new Rung("ALL", BigDecimal.ONE), new Rung("NONE", BigDecimal.ZERO));
        private final MeasurementKind kind;

        BestFirst(MeasurementKind kind) {
            this.kind = kind;
        }

        @Override
        public String kind() {
            return "BEST_FIRST";
        }

        @Override
        public Provenance provenance() {
            return Provenance.hypothetical("test");
        }

        @Override
        public List<Rung> ladder() {
            return ladder;
        }

        @Override
        public Set<MeasurementKind> valueKinds() {
            return Set.of(kind);
        }

        @Override
        public Rating rate(Response response) {
            return Rating.at(ladder.get(0), ladder);
        }

        @Override
        public Message describe(Rung rung) {
            return Message.text(rung.id(), rung.id());
        }

        @Override
        public void write(ParametersWriter out) {
        }
    }

    @Test
    void refusesALadderThatDoesNotRunFromTheSmallestFractionToTheLargest() {
        RulePack valid = PackFiles.valid();
        List<IndicatorRule> rules = new ArrayList<>(valid.indicators());
        IndicatorRule first = rules.stream().filter(r -> r.rubric().isPresent()).findFirst().orElseThrow();
        rules.set(rules.indexOf(first), new IndicatorRule(first.indicator(), first.max(),
                java.util.Optional.of(new BestFirst(first.indicator().measurement().kind())), List.of(), first.capProvenance(), first.evidenceRequired()));

        RulePackException e = assertThrows(RulePackException.class,
                () -> valid.toBuilder().indicators(rules).build());

        assertEquals(List.of("/indicators/" + valid.indicators().indexOf(first) + "/rubric: the ladder must run from "
                + "the smallest fraction to the largest, but rung [NONE] (0) follows [ALL] (1)"), e.problems());
    }
}
