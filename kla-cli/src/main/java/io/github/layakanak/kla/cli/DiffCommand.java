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
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
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

    @Parameters(index = "0", paramLabel = "${bundle:help.label.packA:-PACK_A}",
            descriptionKey = "help.diff.packA")
    String packA = "";

    @Parameters(index = "1", paramLabel = "${bundle:help.label.packB:-PACK_B}", descriptionKey = "help.diff.packB")
    String packB = "";

    @Option(names = "--replay", paramLabel = "${bundle:help.label.dir:-DIR}",
            descriptionKey = "help.diff.replay")
    @Nullable Path replay;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            descriptionKey = "help.diff.format")
    DiffFormat format = DiffFormat.TEXT;

    @Mixin
    Common common = new Common();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr(), common.verbose);
        try {
            RulePacks packs = Evaluator.discover(common.lang);
            RulePack a = pack(packs, packA, common.lang);
            RulePack b = pack(packs, packB, common.lang);
            PackDiff diff = diff(a, b, common.lang);
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
    private static RulePack pack(RulePacks packs, String given, Lang lang) throws Failure {
        try {
            Optional<RulePack> found = packs.find(given);
            if (found.isPresent()) {
                return found.get();
            }
            if (isFile(given)) {
                return RulePackLoader.create().load(Path.of(given));
            }
            throw new Failure(Main.USAGE, "kla: " + lang.text("usage.noPack", given, packs.all().stream()
                    .map(RulePack::id).collect(java.util.stream.Collectors.joining(", "))));
        } catch (RulePackException e) {
            throw Evaluator.broken(e, lang);
        }
    }

    private static boolean isFile(String given) {
        try {
            return Files.isRegularFile(Path.of(given));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static PackDiff diff(RulePack a, RulePack b, Lang lang) throws Failure {
        try {
            return PackDiff.between(a, b);
        } catch (RulePackException e) {
            throw Evaluator.broken(e, lang);
        }
    }

    /** Reads the submissions of the directory (a file that is not one is reported) and scores them under both. */
    private Replay replay(RulePack a, RulePack b, Path directory, Reporter reporter) throws Failure {
        Inputs inputs = Inputs.collect(List.of(directory), null, reporter, common.lang);
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
            throw Evaluator.broken(e, common.lang);
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
