package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;

/** The testkit's own small pack: 200 points, five indicators covering the rubric kinds, one scored by questions. */
final class TestkitPacks {

    static final RulePack PACK = RulePackLoader.create().load(TestkitPacks.class, "testkit-pack.json");

    private TestkitPacks() {
    }
}
