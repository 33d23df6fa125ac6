package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.report.internal.Numbers;
import io.github.layakanak.kla.report.internal.StandIns;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.ProvenanceSplit;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.rubric.Composite;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kla packs}: the rule packs found, their years, and where their numbers come from. */
@Command(name = "packs", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class PacksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Common common = new Common();

    @Option(names = "--describe", paramLabel = "${bundle:help.label.pack:-PACK}", descriptionKey = "help.packs.describe")
    @Nullable String describe;

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
            if (describe != null) {
                String id = describe;
                RulePack pack = packs.stream().filter(p -> p.id().equals(id)).findFirst()
                        .orElseThrow(() -> new Failure(Main.USAGE, "kla: " + lang.text("packs.describe.unknown", id,
                                packs.stream().map(RulePack::id).collect(Collectors.joining(", ")))));
                stdout.print(indicators(pack, lang));
            } else {
                for (RulePack pack : packs) {
                    stdout.print(describe(pack, lang));
                }
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
     * What an app team needs to build its form for a pack, as a Markdown table: per indicator its number, id, name in
     * both languages, the value kinds it takes (the JSON {@code kind}), its composite items or questions, the
     * evidence types it accepts (the JSON {@code type}), its maximum and where that number comes from. Each pack's
     * README holds this table in English, checked by a test.
     */
    static String indicators(RulePack pack, Lang lang) {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", List.of(lang.text("packs.describe.code"), "Id",
                lang.text("packs.describe.nameId"), lang.text("packs.describe.nameEn"),
                lang.text("packs.describe.kind"), lang.text("packs.describe.parts"),
                lang.text("packs.describe.evidence"), lang.text("packs.describe.max"),
                lang.text("packs.describe.provenance")))).append(" |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (IndicatorRule rule : pack.indicators()) {
            Indicator indicator = rule.indicator();
            String kinds;
            String parts;
            if (rule.byQuestions()) {
                kinds = lang.text("packs.describe.byQuestions");
                parts = lang.text("packs.describe.questions", rule.questions().size(), rule.questions().stream()
                        .map(q -> q.question().kind().name()).distinct().sorted().collect(Collectors.joining(", ")));
            } else {
                Rubric rubric = rule.rubric().orElseThrow();
                kinds = rubric.valueKinds().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
                parts = rubric instanceof Composite composite ? composite.items().stream()
                        .map(item -> "`" + item.id() + "` (" + item.rubric().valueKinds().stream().map(Enum::name)
                                .sorted().collect(Collectors.joining(", ")) + ")")
                        .collect(Collectors.joining(", ")) : "";
            }
            out.append("| ").append(String.join(" | ", List.of(indicator.code(), "`" + indicator.id() + "`",
                    cell(indicator.nameId()), cell(indicator.nameEn()), kinds, parts,
                    indicator.acceptedEvidence().stream().map(Enum::name).collect(Collectors.joining(", ")),
                    Numbers.plain(rule.max().value(), lang.words()),
                    StandIns.label(rule.max().provenance().kind(), lang.words())))).append(" |\n");
        }
        return out.toString();
    }

    /** A table cell's text: a bar would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
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
