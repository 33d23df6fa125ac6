package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.scoring.pack.RulePack;

/** The testkit's own pack keeps the rule-pack contract. */
class TestkitPackContractTest implements RulePackContract {

    @Override
    public RulePack rulePack() {
        return TestkitPacks.PACK;
    }
}
