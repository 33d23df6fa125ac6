package io.github.layakanak.kla.cli;

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
@Command(name = "packs", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Lists the rule packs on the class path, the assessment years each governs, and how many of "
                + "its numbers (maxima, rubric steps, bands, the gate) are OFFICIAL (a regulation or ministry "
                + "statement), SOURCED (a public copy, cited) or HYPOTHETICAL (a stand-in, with its reason).",
        footerHeading = "%nExample:%n",
        footer = {"  kla packs --lang en", "", "Exit codes: 0 success, 2 usage, 4 no pack found or a pack broken."})
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
            List<RulePack> packs = all(Evaluator.discover());
            if (packs.isEmpty()) {
                throw new Failure(Main.RULE_PACK, "kla: no rule pack found; put a rule-pack artifact such as "
                        + "kla-rules-2022 on the class path");
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

    private static List<RulePack> all(RulePacks packs) throws Failure {
        try {
            return packs.all();
        } catch (RulePackException e) {
            throw Evaluator.broken(e);
        }
    }

    static String describe(RulePack pack, Lang lang) {
        Map<Provenance.Kind, Integer> counts = pack.provenanceCounts();
        ProvenanceSplit split = pack.provenanceSplit();
        return pack.id() + "\n"
                + "  " + lang.t(pack.name().indonesian(), pack.name().english()) + "\n"
                + "  " + lang.t("tahun: ", "years: ") + pack.years().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + "\n"
                + "  " + lang.t("indikator: ", "indicators: ") + pack.indicators().size()
                + lang.t(", total maksimum ", ", total maximum ") + Numbers.plain(pack.totalMax().value(), lang)
                + lang.t(", daftar wilayah ", ", region list ") + pack.regionEdition() + "\n"
                + "  " + lang.t("asal angka", "provenance") + ":\n"
                + line(lang.t("semua", "all"), counts, lang)
                + line(lang.t("maksimum", "maxima"), split.maxima(), lang)
                + line(lang.t("rubrik", "rubrics"), split.rubrics(), lang)
                + line(lang.t("peringkat, gerbang", "bands, gate"), split.rules(), lang);
    }

    /**
     * One line of counts: {@code all 180: Official 8 (4.4%), Sourced 0 (0.0%), Hypothetical 172 (95.6%)}, in
     * Indonesian {@code (4,4%)}.
     */
    private static String line(String what, Map<Provenance.Kind, Integer> counts, Lang lang) {
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        return String.format(Locale.ROOT, "    %-19s %5d: ", what, all) + Arrays.stream(Provenance.Kind.values())
                .map(kind -> StandIns.label(kind, lang) + " " + counts.getOrDefault(kind, 0) + " ("
                        + Numbers.percent(counts.getOrDefault(kind, 0), all, lang) + ")")
                .collect(Collectors.joining(", ")) + "\n";
    }
}
