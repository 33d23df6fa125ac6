package io.github.layakanak.kla.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.scoring.pack.Gate;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.OverlayStamp;
import io.github.layakanak.kla.scoring.pack.Quantity;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.RankCondition;
import io.github.layakanak.kla.scoring.pack.Round;
import io.github.layakanak.kla.scoring.pack.Rounding;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import io.github.layakanak.kla.scoring.pack.StageRules;
import java.util.List;
import java.util.Optional;

/**
 * A pack's parts before they become a {@link RulePack}. The linter reads a draft, not a pack, because a pack
 * cannot even be built with two indicators of one id, and that is a problem to report with the others.
 */
record Draft(String id, List<Integer> years, String nameId, String nameEn, Round round,
        RegionEdition regionEdition, Quantity totalMax, Rounding rounding, List<SectionRule> sections,
        List<IndicatorRule> indicators, RankBands bands, StageRules stageRules, Optional<Gate> gate,
        List<RankCondition> rankConditions) {

    Draft {
        requireNonNull(id, "id");
        years = List.copyOf(years);
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
        rankConditions = List.copyOf(rankConditions);
    }

    static Draft of(RulePack pack) {
        return new Draft(pack.id(), pack.years(), pack.nameId(), pack.nameEn(), pack.round(),
                pack.regionEdition(), pack.totalMax(), pack.rounding(), pack.sections(), pack.indicators(),
                pack.bands(), pack.stageRules(), pack.findGate(), pack.rankConditions());
    }

    RulePack toPack(String sha256, Optional<OverlayStamp> overlay) {
        return RulePack.builder(id)
                .years(years)
                .names(nameId, nameEn)
                .round(round)
                .regionEdition(regionEdition)
                .totalMax(totalMax)
                .rounding(rounding)
                .sections(sections)
                .indicators(indicators)
                .bands(bands)
                .stageRules(stageRules)
                .gate(gate)
                .rankConditions(rankConditions)
                .sha256(sha256)
                .overlay(overlay)
                .build();
    }
}
