package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.samples.Samples;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kla sample}: a bundled sample submission, to start from. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "${bundle:help.label.name:-NAME}", arity = "0..1", descriptionKey = "help.sample.name")
    @Nullable String name;

    @Mixin
    Common common = new Common();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr(), common.verbose);
        Lang lang = common.lang;
        if (name == null) {
            int width = Samples.all().stream().mapToInt(s -> s.name().length()).max().orElse(0);
            for (Samples.Sample sample : Samples.all()) {
                stdout.printf("%-" + width + "s  %s%n", sample.name(), sample.description(lang.locale()));
            }
            stdout.flush();
            return Main.OK;
        }
        try {
            stdout.print(Inputs.sample(name, lang).json());
            stdout.flush();
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }
}
