package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.report.internal.PlanReport;
import io.github.layakanak.kla.scoring.ScoreComparison;
import io.github.layakanak.kla.scoring.ScoringEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kla compare}: where the points went between two scorecards. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "${bundle:help.label.earlier:-EARLIER.json}",
            descriptionKey = "help.compare.earlier")
    Path earlier = Path.of("");

    @Parameters(index = "1", paramLabel = "${bundle:help.label.later:-LATER.json}", descriptionKey = "help.compare.later")
    Path later = Path.of("");

    @Mixin
    ResultOptions output = new ResultOptions();

    @Override
    public Integer call() {
        Reporter reporter = output.reporter(spec.commandLine());
        if (Input.isStandardInput(earlier) && Input.isStandardInput(later)) {
            throw new CommandLine.ParameterException(spec.commandLine(), output.lang().text("usage.stdinTwice"));
        }
        try {
            Evaluator evaluator = Evaluator.create(output.lang(), null, null);
            List<Evaluator.Scored> scored = new ArrayList<>();
            for (Path path : List.of(earlier, later)) {
                try {
                    scored.add(evaluator.evaluate(OneInput.file(spec.commandLine(), path, output.lang())));
                } catch (Failure failure) {
                    reporter.fail(failure);
                }
            }
            if (scored.size() < 2) {
                return reporter.code();
            }
            Evaluator.Scored after = scored.get(1);
            ScoreComparison comparison = ScoringEngine.compare(scored.get(0).card(), after.card());
            output.print(spec.commandLine(), comparison,
                    () -> PlanReport.compare(comparison, after.card(), after.pack(), scored.get(0).pack(),
                            output.lang().words()));
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }
}
