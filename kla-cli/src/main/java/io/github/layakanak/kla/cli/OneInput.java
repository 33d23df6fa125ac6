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

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The submission file, or - to read it from standard input.")
    @Nullable Path file;

    @Option(names = "--sample", paramLabel = "NAME",
            description = "Read a bundled sample instead of a file, such as banyuasin (see `kla sample`).")
    @Nullable String sample;

    /** The input given, or a usage error when none or both are. */
    Input input(CommandLine command) throws Failure {
        if ((file == null) == (sample == null)) {
            throw new CommandLine.ParameterException(command, "give either a FILE or --sample NAME");
        }
        return file != null ? file(command, file) : Input.sample(Inputs.sample(sample));
    }

    /**
     * A file to read, or standard input for {@code -}: a usage error for a directory, an input/output failure for a
     * file that does not exist.
     */
    static Input file(CommandLine command, Path file) throws Failure {
        if (Input.isStandardInput(file)) {
            return Input.standardInput();
        }
        if (Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(command, command.getCommandName() + " reads one FILE, but "
                    + file + " is a directory");
        }
        if (!Files.exists(file)) {
            throw new Failure(Main.IO, file + ": cannot read: no such file or directory");
        }
        return Input.file(file);
    }

    /** Runs a planner's work on a checked submission; a rubric of the pack that fails is a rule-pack problem. */
    static <T> T withPack(Supplier<T> work) throws Failure {
        try {
            return work.get();
        } catch (RulePackException e) {
            throw Evaluator.broken(e);
        }
    }

    /** Reads and checks an input. */
    static CheckedSubmission check(Input input, Lang lang) throws Failure {
        Evaluator evaluator = Evaluator.create(lang, null, null);
        return evaluator.check(input, evaluator.read(input));
    }
}
