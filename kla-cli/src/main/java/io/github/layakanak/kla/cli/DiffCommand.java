package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.diff.DiffExplainer;
import io.github.layakanak.kla.scoring.diff.PackDiff;
import io.github.layakanak.kla.scoring.diff.Replay;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kla diff}: what differs between two rule packs and, with {@code --replay}, whom it moves. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Compares two rule packs: the indicators added, removed and changed (by stable id), and every "
                + "changed maximum, rubric, evidence requirement, question, rank band, gate, rank condition and "
                + "provenance. With --replay, scores the submissions of a directory under both packs and reports "
                + "each district's change of total and rank, and per rank how many rose, fell and stayed.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  kla diff kla-2022 kla-2024",
            "  kla diff kla-2022 official-2022.json --replay submissions/ --lang en",
            "  kla diff kla-2022 variant.json --format json",
            "",
            "Exit codes: 0 success, 2 usage (such as an unknown pack), 3 invalid input (a file of --replay",
            "that is not a submission), 4 rule-pack problem, 5 input/output. A submission a pack cannot",
            "score is reported in the replay, not as a failure."})
final class DiffCommand implements Callable<Integer> {

    /** The formats {@code diff} writes. */
    enum DiffFormat {
        /** Lines of words, for people. */
        TEXT,
        /** The diff and the replay as JSON. */
        JSON
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PACK_A",
            description = "The first rule pack: the id of a pack found on the class path (see `kla packs`), or a "
                    + "pack's parameters file (JSON, see docs/rule-pack-format.md).")
    String packA = "";

    @Parameters(index = "1", paramLabel = "PACK_B", description = "The second rule pack, given the same way.")
    String packB = "";

    @Option(names = "--replay", paramLabel = "DIR",
            description = "Score the submissions in DIR (its *.json files) under both packs.")
    @Nullable Path replay;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (the default) or json (an object with the diff and the replay).")
    DiffFormat format = DiffFormat.TEXT;

    @Mixin
    Common common = new Common();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr(), common.verbose);
        try {
            RulePacks packs = Evaluator.discover();
            RulePack a = pack(packs, packA);
            RulePack b = pack(packs, packB);
            PackDiff diff = diff(a, b);
            Optional<Replay> replayed = replay == null ? Optional.empty()
                    : Optional.of(replay(a, b, replay, reporter));
            stdout.print(format == DiffFormat.JSON ? json(diff, replayed) : text(diff, replayed, common.lang));
            stdout.flush();
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }

    /** A pack by id, or read from a file; an argument that is neither is a usage error. */
    private static RulePack pack(RulePacks packs, String given) throws Failure {
        try {
            Optional<RulePack> found = packs.find(given);
            if (found.isPresent()) {
                return found.get();
            }
            if (isFile(given)) {
                return RulePackLoader.create().load(Path.of(given));
            }
            throw new Failure(Main.USAGE, "kla: no rule pack [" + given + "]: neither the id of a pack found "
                    + packs.all().stream().map(RulePack::id).toList() + " nor a pack's parameters file");
        } catch (RulePackException e) {
            throw Evaluator.broken(e);
        }
    }

    private static boolean isFile(String given) {
        try {
            return Files.isRegularFile(Path.of(given));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static PackDiff diff(RulePack a, RulePack b) throws Failure {
        try {
            return PackDiff.between(a, b);
        } catch (RulePackException e) {
            throw Evaluator.broken(e);
        }
    }

    /** Reads the submissions of the directory (a file that is not one is reported) and scores them under both. */
    private Replay replay(RulePack a, RulePack b, Path directory, Reporter reporter) throws Failure {
        Inputs inputs = Inputs.collect(List.of(directory), null, reporter);
        Evaluator evaluator = Evaluator.create(common.lang, null, null);
        List<Replay.Named> named = new ArrayList<>();
        for (Input input : inputs.all()) {
            try {
                named.add(new Replay.Named(input.path().map(p -> p.getFileName().toString()).orElse(input.label()),
                        evaluator.read(input)));
            } catch (Failure failure) {
                reporter.fail(failure);
            }
        }
        try {
            return Replay.run(a, b, named, SubmissionValidator.create(common.lang.locale()));
        } catch (RulePackException e) {
            throw Evaluator.broken(e);
        }
    }

    private static String json(PackDiff diff, Optional<Replay> replay) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("diff", diff);
        replay.ifPresent(r -> out.put("replay", r));
        return KlaJson.write(out);
    }

    static String text(PackDiff diff, Optional<Replay> replay, Lang lang) {
        DiffExplainer words = DiffExplainer.of(lang.locale());
        List<String> lines = new ArrayList<>(words.lines(diff));
        replay.ifPresent(r -> {
            lines.add("");
            lines.addAll(words.lines(r));
        });
        return String.join("\n", lines) + "\n";
    }
}
