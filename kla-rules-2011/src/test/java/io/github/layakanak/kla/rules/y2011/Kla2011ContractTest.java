package io.github.layakanak.kla.rules.y2011;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.RulePackContract;

/** The rule-pack contract, for the 31-indicator pack. */
class Kla2011ContractTest implements RulePackContract {

    private static final RulePack PACK = new Kla2011().rulePack();

    @Override
    public RulePack rulePack() {
        return PACK;
    }
}
