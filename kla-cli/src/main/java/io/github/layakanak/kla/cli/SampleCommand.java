package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.testkit.Samples;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kla sample}: a bundled sample submission, to start from. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Prints a bundled sample submission (JSON) to start from, or lists the samples when no NAME "
                + "is given. The districts are real; their indicator data and documents are synthetic.",
        footerHeading = "%nExamples:%n",
        footer = {"  kla sample", "  kla sample batam > batam.json && kla score batam.json", "",
            "Exit codes: 0 success, 2 usage (no such sample)."})
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "The sample, such as batam or edge-500.")
    @Nullable String name;

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr(), verbose);
        if (name == null) {
            int width = Samples.all().stream().mapToInt(s -> s.name().length()).max().orElse(0);
            for (Samples.Sample sample : Samples.all()) {
                stdout.printf("%-" + width + "s  %s%n", sample.name(), sample.description());
            }
            stdout.flush();
            return Main.OK;
        }
        try {
            stdout.print(Inputs.sample(name).json());
            stdout.flush();
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }
}
