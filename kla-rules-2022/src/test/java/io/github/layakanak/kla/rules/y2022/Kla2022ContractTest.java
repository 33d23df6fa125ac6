package io.github.layakanak.kla.rules.y2022;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.RulePackContract;

/** The 2022 pack keeps the rule-pack contract of kla-testkit, over generated submissions. */
class Kla2022ContractTest implements RulePackContract {

    private static final RulePack PACK = new Kla2022().rulePack();

    @Override
    public RulePack rulePack() {
        return PACK;
    }
}
