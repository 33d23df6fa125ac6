package io.github.layakanak.kla.cli;

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
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Compares two submissions of a district, such as two stages of one round or two years: both "
                + "totals and ranks, the change, then indicator by indicator (matched by stable id, the largest "
                + "change first) the points before and after, with the later scorecard's losses as the reasons "
                + "for the points lost. Each submission is scored under the rule pack of its own year.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  kla compare self-assessment.json field-verification.json",
            "  kla compare batam-2022.json batam-2024.json --lang en --format json",
            "",
            "Exit codes: 0 success, 2 usage, 3 invalid input, 4 rule-pack problem,",
            "5 input/output."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EARLIER.json",
            description = "The earlier submission; - reads it from standard input (for one of the two at most).")
    Path earlier = Path.of("");

    @Parameters(index = "1", paramLabel = "LATER.json", description = "The later submission, or -.")
    Path later = Path.of("");

    @Mixin
    ResultOptions output = new ResultOptions();

    @Override
    public Integer call() {
        Reporter reporter = output.reporter(spec.commandLine());
        if (Input.isStandardInput(earlier) && Input.isStandardInput(later)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "- (standard input) is given twice; it can be read only once");
        }
        try {
            Evaluator evaluator = Evaluator.create(output.lang(), null, null);
            List<Evaluator.Scored> scored = new ArrayList<>();
            for (Path path : List.of(earlier, later)) {
                try {
                    scored.add(evaluator.evaluate(OneInput.file(spec.commandLine(), path)));
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
                            output.lang()));
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }
}
