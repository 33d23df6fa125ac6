package io.github.layakanak.kla.rules.y2024;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.RulePackContract;

/** The 2024 pack keeps the rule-pack contract of kla-testkit, over generated submissions. */
class Kla2024ContractTest implements RulePackContract {

    private static final RulePack PACK = new Kla2024().rulePack();

    @Override
    public RulePack rulePack() {
        return PACK;
    }
}
