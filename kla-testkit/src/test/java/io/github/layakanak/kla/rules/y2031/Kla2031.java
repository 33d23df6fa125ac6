package io.github.layakanak.kla.rules.y2031;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import io.github.layakanak.kla.scoring.spi.RulePackProvider;
import java.util.List;
import java.util.Optional;

/** The rule pack of the fictional 2031 evaluation. */
public final class Kla2031 implements RulePackProvider {

    @Override
    public RulePack rulePack() {
        return RulePackLoader.create().load(Kla2031.class, "kla-2031.json");
    }

    /** The pack's id and year, so that discovery reads kla-2031.json only when the pack is asked for. */
    @Override
    public Optional<Declaration> declaration() {
        return Optional.of(new Declaration("kla-2031", List.of(2031)));
    }
}
