package io.github.layakanak.kla.rules.y2031;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import io.github.layakanak.kla.scoring.spi.RulePackProvider;

/** The rule pack of the fictional 2031 evaluation. */
public final class Kla2031 implements RulePackProvider {

    @Override
    public RulePack rulePack() {
        return RulePackLoader.create().load(Kla2031.class, "kla-2031.json");
    }
}
