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
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Checks submissions without scoring them: the JSON format (unknown fields, types), every "
                + "admissibility rule (ranges, dates, one answer per indicator, ...), a rule pack for the year, "
                + "and what only the pack can check (indicators and questions it knows, kinds of values). "
                + "Prints one line per problem on standard error (FILE: JSON pointer: what is expected there) "
                + "and FILE: ok for each valid one. - reads one submission from standard input, named stdin.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  kla validate batam.json",
            "  kla validate submissions/ --lang en",
            "  kla validate - < batam.json                 (from standard input)",
            "",
            "Exit codes: 0 all valid, 2 usage, 3 invalid input (also a year without a",
            "rule pack, or a file that is not a regular file), 4 a broken rule pack,",
            "5 input/output."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Submission files, directories of them, or - to read one from standard input.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "NAME", description = "Check a bundled sample.")
    @Nullable String sample;

    @Mixin
    Common common = new Common();

    @Override
    public Integer call() {
        if (paths.isEmpty() && sample == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give a FILE or DIR to validate");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr(), common.verbose);
        Lang lang = common.lang;
        try {
            Inputs inputs = Inputs.collect(paths, sample, reporter);
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
                    stdout.println(input.label() + ": ok (" + pack.id() + ")");
                    stdout.flush();
                    valid++;
                } catch (Failure failure) {
                    reporter.fail(failure);
                }
            }
            reporter.clearProgress();
            if (inputs.batch()) {
                reporter.note(lang.t("kla: sah " + valid + ", tidak sah " + reporter.failures(),
                        "kla: valid " + valid + ", invalid " + reporter.failures()));
            }
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }
}
