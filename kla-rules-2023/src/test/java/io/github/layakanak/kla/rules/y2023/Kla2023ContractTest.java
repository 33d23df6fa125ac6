package io.github.layakanak.kla.rules.y2023;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.testkit.RulePackContract;

/** The rule-pack contract, for the pack derived from kla-2022. */
class Kla2023ContractTest implements RulePackContract {

    private static final RulePack PACK = new Kla2023().rulePack();

    @Override
    public RulePack rulePack() {
        return PACK;
    }
}
