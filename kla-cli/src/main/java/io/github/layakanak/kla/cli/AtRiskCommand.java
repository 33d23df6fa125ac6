package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.plan.AtRisk;
import io.github.layakanak.kla.scoring.plan.Planner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kla at-risk}: what the next verification could cost a district's rank. */
@Command(name = "at-risk", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Shows what puts a rank at risk: the margin to the band below, the provisional range (every "
                + "pending document rejected, or accepted), the documents whose rejection alone at the next "
                + "verification would cost the rank, the fewest whose rejection together would, and the other "
                + "documents with the most at stake.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  kla at-risk --sample kendari",
            "  kla at-risk batam.json --lang en --format json",
            "  kla at-risk - < batam.json                 (from standard input)",
            "",
            "Exit codes: 0 success, 2 usage, 3 invalid input, 4 rule-pack problem,",
            "5 input/output."})
final class AtRiskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OneInput submission = new OneInput();

    @Mixin
    ResultOptions output = new ResultOptions();

    @Override
    public Integer call() {
        Reporter reporter = output.reporter(spec.commandLine());
        try {
            CheckedSubmission checked = OneInput.check(submission.input(spec.commandLine()), output.lang());
            AtRisk risk = OneInput.withPack(() -> Planner.atRisk(checked));
            output.print(spec.commandLine(), risk, () -> PlanReport.atRisk(risk, checked, output.lang()));
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }
}
