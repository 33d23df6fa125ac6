package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.report.internal.PlanReport;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.plan.Plan;
import io.github.layakanak.kla.scoring.plan.PlanRequest;
import io.github.layakanak.kla.scoring.plan.Planner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kla plan}: the cheapest set of improvements that reaches a rank. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OneInput submission = new OneInput();

    @Option(names = "--target", paramLabel = "${bundle:help.label.rank:-RANK}", converter = RankConverter.class,
            descriptionKey = "help.plan.target")
    @Nullable Rank target;

    @Option(names = "--effort", paramLabel = "${bundle:help.label.effort:-EFFORT.json}",
            descriptionKey = "help.plan.effort")
    @Nullable Path effort;

    @Option(names = "--documents-only",
            descriptionKey = "help.plan.documentsOnly")
    boolean documentsOnly;

    @Option(names = "--apply", paramLabel = "${bundle:help.label.out:-OUT.json}",
            descriptionKey = "help.plan.apply")
    @Nullable Path apply;

    @Option(names = "--force", descriptionKey = "help.plan.force")
    boolean force;

    @Mixin
    ResultOptions output = new ResultOptions();

    @Override
    public Integer call() {
        Reporter reporter = output.reporter(spec.commandLine());
        Lang lang = output.lang();
        try {
            Input input = submission.input(spec.commandLine(), lang);
            @Nullable OutputDir applied = apply == null ? null : prepare(apply, input, lang);
            CheckedSubmission checked = OneInput.check(input, lang);
            PlanRequest request = PlanRequest.nextRank().documentsOnly(documentsOnly);
            if (target != null) {
                request = request.target(target);
            }
            if (effort != null) {
                request = request.effort(EffortFile.read(effort, checked.pack(), lang));
            }
            PlanRequest asked = request;
            Plan plan = OneInput.withPack(() -> Planner.plan(checked, asked), lang);
            if (applied != null) {
                write(applied, absolute(apply).getFileName().toString(), plan, checked.submission(), reporter, lang);
            }
            output.print(spec.commandLine(), plan, () -> PlanReport.plan(plan, asked, checked, lang.words()));
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }

    /** Checks before anything is planned that the --apply file may be written. */
    private OutputDir prepare(Path out, Input input, Lang lang) throws Failure {
        Path absolute = absolute(out);
        if (input.path().isPresent() && Files.exists(absolute) && same(absolute, input.path().get(), lang)) {
            throw new Failure(Main.IO, lang.text("output.applySame", absolute));
        }
        return OutputDir.prepare(absolute.getParent(), force,
                List.of(new OutputDir.Target("--apply", absolute.getFileName().toString())),
                input.path().map(Set::of).orElse(Set.of()), lang);
    }

    private static boolean same(Path a, Path b, Lang lang) throws Failure {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new Failure(Main.IO, lang.text("output.cannotCompare", a, b, Problems.of(e, lang)), e);
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Writes the submission with the plan applied; the submission itself when the target is reached already. */
    private static void write(OutputDir output, String name, Plan plan, Submission submission, Reporter reporter,
            Lang lang) throws Failure {
        if (plan.outcome() == Plan.Outcome.UNREACHABLE) {
            reporter.note(lang.text("output.unreachable"));
            return;
        }
        try {
            Path written = output.write(name, KlaJson.write(plan.applied().orElse(submission)));
            reporter.note(lang.text("output.applied", written));
        } catch (IOException e) {
            throw new Failure(Main.IO, lang.text("output.applyCannotWrite", output.directory().resolve(name),
                    Problems.of(e, lang)), e);
        }
    }

    /** A rank by its name in the code or its Indonesian or English name, in any case; never "no rank". */
    static final class RankConverter implements CommandLine.ITypeConverter<Rank> {

        @Override
        public Rank convert(String value) {
            String wanted = value.strip();
            for (Rank rank : Rank.values()) {
                if (rank != Rank.NONE && (rank.name().equalsIgnoreCase(wanted) || rank.nameId().equalsIgnoreCase(wanted)
                        || rank.nameEn().equalsIgnoreCase(wanted))) {
                    return rank;
                }
            }
            // The message is picocli's; kla's handler of usage errors says it in the user's words.
            throw new CommandLine.TypeConversionException("no rank [" + value + "]; the ranks are "
                    + Arrays.stream(Rank.values()).filter(r -> r != Rank.NONE)
                            .map(Rank::name).toList());
        }
    }
}
