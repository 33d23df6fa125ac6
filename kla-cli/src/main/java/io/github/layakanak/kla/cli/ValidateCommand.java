package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kla validate}: every problem of each submission, at its JSON pointer. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "${bundle:help.label.paths:-FILE|DIR}", arity = "0..*",
            descriptionKey = "help.validate.paths")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "${bundle:help.label.name:-NAME}", descriptionKey = "help.validate.sample")
    @Nullable String sample;

    @Mixin
    Common common = new Common();

    @Override
    public Integer call() {
        Lang lang = common.lang;
        if (paths.isEmpty() && sample == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), lang.text("usage.validateWhat"));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr(), common.verbose);
        try {
            Inputs inputs = Inputs.collect(paths, sample, reporter, lang);
            Evaluator evaluator = Evaluator.create(lang, null, null);
            int valid = 0;
            int done = 0;
            for (Input input : inputs.all()) {
                if (inputs.batch()) {
                    reporter.progress(++done, inputs.all().size(), input.label());
                }
                try {
                    Submission submission = evaluator.read(input);
                    RulePack pack = evaluator.check(input, submission).pack();
                    reporter.clearProgress();
                    stdout.println(lang.text("output.valid", input.label(), pack.id()));
                    stdout.flush();
                    valid++;
                } catch (Failure failure) {
                    reporter.fail(failure);
                }
            }
            reporter.clearProgress();
            if (inputs.batch()) {
                reporter.note(lang.text("output.validated", valid, reporter.failures()));
            }
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }
}
