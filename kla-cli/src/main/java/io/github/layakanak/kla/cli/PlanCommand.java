package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
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
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Plans the cheapest way to a rank (by default the next one): the fewest improvements, or the "
                + "least effort under an effort table, each one rung up an answer's ladder or one document made to "
                + "count. Prints the points needed and the steps in order with their gain, the running total and the "
                + "rank, marking which can still be taken at this stage (documents) and which are outcome data. The "
                + "plan is exact, and respects the stage gate and the rank conditions.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  kla plan --sample banyuasin                   (to the next rank)",
            "  kla plan batam.json --target UTAMA --documents-only",
            "  kla sample batam | kla plan -                 (from standard input)",
            "  kla plan batam.json --effort effort.json --apply planned.json",
            "  kla score planned.json                        (check the plan)",
            "",
            "An effort file gives each kind of step an effort, and an indicator its own:",
            "  {\"steps\": {\"rungUp\": 3, \"evidenceFixed\": 1, \"evidenceAdded\": 2},",
            "   \"indicators\": {\"kla-regulation\": {\"rungUp\": 40}}}",
            "",
            "Exit codes: 0 success (a plan, already reached, or unreachable), 2 usage,",
            "3 invalid input (also a bad effort file), 4 rule-pack problem, 5 input/output."})
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OneInput submission = new OneInput();

    @Option(names = "--target", paramLabel = "RANK", converter = RankConverter.class,
            description = "The rank to reach: PRATAMA, MADYA, NINDYA, UTAMA or KLA (any case; the Indonesian "
                    + "names too). The default is the next rank above the submission's.")
    @Nullable Rank target;

    @Option(names = "--effort", paramLabel = "EFFORT.json",
            description = "What each step costs (JSON, see below): plan the least effort rather than the fewest "
                    + "steps. Efforts are positive, with at most 4 decimals.")
    @Nullable Path effort;

    @Option(names = "--documents-only",
            description = "Plan only steps a district can still take at this stage: documents, legality, a "
                    + "regulation's level. Measured outcomes stay as they are.")
    boolean documentsOnly;

    @Option(names = "--apply", paramLabel = "OUT.json",
            description = "Write the submission with every step applied to OUT.json (atomically), to score and "
                    + "check; nothing is written for an unreachable target.")
    @Nullable Path apply;

    @Option(names = "--force", description = "Replace the --apply file if it exists; without it kla refuses to.")
    boolean force;

    @Mixin
    ResultOptions output = new ResultOptions();

    @Override
    public Integer call() {
        Reporter reporter = output.reporter(spec.commandLine());
        Lang lang = output.lang();
        try {
            Input input = submission.input(spec.commandLine());
            @Nullable OutputDir applied = apply == null ? null : prepare(apply, input);
            CheckedSubmission checked = OneInput.check(input, lang);
            PlanRequest request = PlanRequest.nextRank().documentsOnly(documentsOnly);
            if (target != null) {
                request = request.target(target);
            }
            if (effort != null) {
                request = request.effort(EffortFile.read(effort, checked.pack()));
            }
            PlanRequest asked = request;
            Plan plan = OneInput.withPack(() -> Planner.plan(checked, asked));
            if (applied != null) {
                write(applied, absolute(apply).getFileName().toString(), plan, checked.submission(), reporter, lang);
            }
            output.print(spec.commandLine(), plan, () -> PlanReport.plan(plan, asked, checked, lang));
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }

    /** Checks before anything is planned that the --apply file may be written. */
    private OutputDir prepare(Path out, Input input) throws Failure {
        Path absolute = absolute(out);
        if (input.path().isPresent() && Files.exists(absolute) && same(absolute, input.path().get())) {
            throw new Failure(Main.IO, "--apply: " + absolute + " is the submission read, which kla never writes; "
                    + "choose another file");
        }
        return OutputDir.prepare(absolute.getParent(), force,
                List.of(new OutputDir.Target("--apply", absolute.getFileName().toString())),
                input.path().map(Set::of).orElse(Set.of()));
    }

    private static boolean same(Path a, Path b) throws Failure {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new Failure(Main.IO, "--apply: cannot compare " + a + " with " + b + ": " + Problems.of(e), e);
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Writes the submission with the plan applied; the submission itself when the target is reached already. */
    private static void write(OutputDir output, String name, Plan plan, Submission submission, Reporter reporter,
            Lang lang) throws Failure {
        if (plan.outcome() == Plan.Outcome.UNREACHABLE) {
            reporter.note(lang.t("kla: peringkat sasaran tidak dapat dicapai; --apply tidak menulis apa pun",
                    "kla: the target cannot be reached; --apply wrote nothing"));
            return;
        }
        try {
            Path written = output.write(name, KlaJson.write(plan.applied().orElse(submission)));
            reporter.note(lang.t("kla: pengajuan dengan rencana diterapkan ditulis ke " + written,
                    "kla: the submission with the plan applied was written to " + written));
        } catch (IOException e) {
            throw new Failure(Main.IO, "kla: --apply: cannot write " + output.directory().resolve(name) + ": "
                    + Problems.of(e), e);
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
            throw new CommandLine.TypeConversionException("no rank [" + value + "]; the ranks are "
                    + Arrays.stream(Rank.values()).filter(r -> r != Rank.NONE)
                            .map(Rank::name).toList());
        }
    }
}
