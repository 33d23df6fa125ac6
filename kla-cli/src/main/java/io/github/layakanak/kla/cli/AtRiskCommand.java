package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.report.internal.PlanReport;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.plan.AtRisk;
import io.github.layakanak.kla.scoring.plan.Planner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kla at-risk}: what the next verification could cost a district's rank. */
@Command(name = "at-risk", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
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
            CheckedSubmission checked = OneInput.check(submission.input(spec.commandLine(), output.lang()),
                    output.lang());
            AtRisk risk = OneInput.withPack(() -> Planner.atRisk(checked), output.lang());
            output.print(spec.commandLine(), risk, () -> PlanReport.atRisk(risk, checked, output.lang().words()));
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }
}
