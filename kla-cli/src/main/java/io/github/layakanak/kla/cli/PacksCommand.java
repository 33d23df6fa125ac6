package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.report.internal.Numbers;
import io.github.layakanak.kla.report.internal.StandIns;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.ProvenanceSplit;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kla packs}: the rule packs found, their years, and where their numbers come from. */
@Command(name = "packs", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class PacksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Common common = new Common();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr(), common.verbose);
        Lang lang = common.lang;
        try {
            List<RulePack> packs = all(Evaluator.discover(lang), lang);
            if (packs.isEmpty()) {
                throw new Failure(Main.RULE_PACK, lang.text("output.noPacks"));
            }
            for (RulePack pack : packs) {
                stdout.print(describe(pack, lang));
            }
            stdout.flush();
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }

    private static List<RulePack> all(RulePacks packs, Lang lang) throws Failure {
        try {
            return packs.all();
        } catch (RulePackException e) {
            throw Evaluator.broken(e, lang);
        }
    }

    static String describe(RulePack pack, Lang lang) {
        Map<Provenance.Kind, Integer> counts = pack.provenanceCounts();
        ProvenanceSplit split = pack.provenanceSplit();
        return pack.id() + "\n"
                + "  " + lang.t(pack.name().indonesian(), pack.name().english()) + "\n"
                + "  " + lang.text("packs.years", pack.years().stream().map(String::valueOf)
                        .collect(Collectors.joining(", "))) + "\n"
                + "  " + lang.text("packs.indicators", pack.indicators().size(),
                        Numbers.plain(pack.totalMax().value(), lang.words()),
                        lang.text("packs.edition", pack.regionEdition().year())) + "\n"
                + "  " + lang.text("packs.provenance") + "\n"
                + line(lang.text("packs.all"), counts, lang)
                + line(lang.text("packs.maxima"), split.maxima(), lang)
                + line(lang.text("packs.rubrics"), split.rubrics(), lang)
                + line(lang.text("packs.rules"), split.rules(), lang);
    }

    /**
     * One line of counts: {@code all 180: Official 8 (4.4%), Sourced 0 (0.0%), Hypothetical 172 (95.6%)}, in
     * Indonesian {@code (4,4%)}.
     */
    private static String line(String what, Map<Provenance.Kind, Integer> counts, Lang lang) {
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        return String.format(Locale.ROOT, "    %-22s %5d: ", what, all) + Arrays.stream(Provenance.Kind.values())
                .map(kind -> StandIns.label(kind, lang.words()) + " " + counts.getOrDefault(kind, 0) + " ("
                        + Numbers.percent(counts.getOrDefault(kind, 0), all, lang.words()) + ")")
                .collect(Collectors.joining(", ")) + "\n";
    }
}
