package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.RulePackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The one submission {@code plan} and {@code at-risk} read, a FILE, standard input ({@code -}) or a bundled sample,
 * and how a command reads one: strictly, checked against the rule pack of its year.
 */
final class OneInput {

    @Parameters(paramLabel = "${bundle:help.label.file:-FILE}", arity = "0..1",
            descriptionKey = "help.oneInput.file")
    @Nullable Path file;

    @Option(names = "--sample", paramLabel = "${bundle:help.label.name:-NAME}",
            descriptionKey = "help.oneInput.sample")
    @Nullable String sample;

    /** The input given, or a usage error when none or both are. */
    Input input(CommandLine command, Lang lang) throws Failure {
        if ((file == null) == (sample == null)) {
            throw new CommandLine.ParameterException(command, lang.text("usage.fileOrSample"));
        }
        return file != null ? file(command, file, lang) : Input.sample(Inputs.sample(sample, lang), lang);
    }

    /**
     * A file to read, or standard input for {@code -}: a usage error for a directory, an input/output failure for a
     * file that does not exist.
     */
    static Input file(CommandLine command, Path file, Lang lang) throws Failure {
        if (Input.isStandardInput(file)) {
            return Input.standardInput();
        }
        if (Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(command, lang.text("usage.directory", command.getCommandName(),
                    file));
        }
        if (!Files.exists(file)) {
            throw new Failure(Main.IO, lang.text("output.cannotRead", file, lang.text("output.problem.noSuchFile")));
        }
        return Input.file(file);
    }

    /** Runs a planner's work on a checked submission; a rubric of the pack that fails is a rule-pack problem. */
    static <T> T withPack(Supplier<T> work, Lang lang) throws Failure {
        try {
            return work.get();
        } catch (RulePackException e) {
            throw Evaluator.broken(e, lang);
        }
    }

    /** Reads and checks an input. */
    static CheckedSubmission check(Input input, Lang lang) throws Failure {
        Evaluator evaluator = Evaluator.create(lang, null, null);
        return evaluator.check(input, evaluator.read(input));
    }
}
