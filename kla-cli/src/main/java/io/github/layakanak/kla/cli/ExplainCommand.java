package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.scoring.Basis;
import io.github.layakanak.kla.scoring.Deficiency;
import io.github.layakanak.kla.scoring.EvidenceOutcome;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.IndicatorScore;
import io.github.layakanak.kla.scoring.QuestionScore;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kla explain}: the full reasoning behind one indicator's points. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Explains one indicator of a submission: what was answered and with which documents, how each "
                + "document stands at the stage, the rubric step that applied and why, the source of every rule "
                + "applied (OFFICIAL, SOURCED or HYPOTHETICAL), the questions' points and what still costs "
                + "points.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  kla explain batam.json --indicator birth-certificates",
            "  kla explain --sample batam --indicator 6 --lang en   (by its printed code)",
            "  kla explain - --indicator 6 < batam.json             (from standard input)",
            "",
            "Exit codes: 0 success, 2 usage (such as an unknown indicator),",
            "3 invalid input, 4 rule-pack problem, 5 input/output."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The submission file, or - to read it from standard input.")
    @Nullable Path file;

    @Option(names = "--sample", paramLabel = "NAME", description = "Explain a bundled sample instead of a file.")
    @Nullable String sample;

    @Option(names = "--indicator", paramLabel = "ID", required = true,
            description = "The indicator: its stable id (birth-certificates) or the code the pack prints (4).")
    String indicator = "";

    @Option(names = "--stage", paramLabel = "STAGE",
            description = "Explain at this stage instead of the submission's: ${COMPLETION-CANDIDATES}.")
    @Nullable Stage stage;

    @Option(names = "--year", paramLabel = "YEAR", description = "Explain as this assessment year.")
    @Nullable Integer year;

    @Mixin
    Common common = new Common();

    @Override
    public Integer call() {
        if ((file == null) == (sample == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either a FILE or --sample NAME");
        }
        if (file != null && !Input.isStandardInput(file) && Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "explain reads one FILE, but " + file
                    + " is a directory");
        }
        Reporter reporter = new Reporter(spec.commandLine().getErr(), common.verbose);
        try {
            Input input = file != null ? Inputs.collect(List.of(file), null, reporter).all().stream().findFirst()
                    .orElse(null) : Input.sample(Inputs.sample(sample));
            if (input == null) {
                return reporter.code();
            }
            Evaluator.Scored scored = Evaluator.create(common.lang, year, stage).evaluate(input);
            IndicatorRule rule = scored.pack().indicators().stream()
                    .filter(r -> r.id().equals(indicator) || r.indicator().code().equalsIgnoreCase(indicator))
                    .findFirst()
                    .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "no indicator ["
                            + indicator + "] in rule pack [" + scored.pack().id() + "]; its indicators are "
                            + scored.pack().indicators().stream().map(IndicatorRule::id).toList()));
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(render(scored, rule, common.lang));
            stdout.flush();
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }

    static String render(Evaluator.Scored scored, IndicatorRule rule, Lang lang) {
        ScoreCard card = scored.card();
        RulePack pack = scored.pack();
        Explainer explainer = lang.explainer(pack);
        IndicatorScore score = card.findIndicator(rule.id()).orElseThrow();
        StringBuilder text = new StringBuilder();
        text.append(lang.t("Indikator ", "Indicator ")).append(rule.indicator().code()).append(" (").append(rule.id())
                .append("): ").append(lang.t(rule.indicator().nameId(), rule.indicator().nameEn())).append('\n');
        text.append(lang.label(rule.indicator().cluster())).append('\n');
        text.append(card.region().name()).append(" (").append(card.region().code()).append(") · ")
                .append(lang.t("Tahun ", "Year ")).append(card.year()).append(" · ").append(lang.name(card.stage()))
                .append(" · ").append(lang.t("paket ", "pack ")).append(card.packId()).append("\n\n");

        text.append(lang.t("Poin: ", "Points: ")).append(Numbers.points(score.points(), lang))
                .append(lang.t(" dari ", " of ")).append(Numbers.plain(score.max(), lang)).append(" (")
                .append(reached(explainer, rule, score)).append(")\n");
        text.append(lang.t("Mengapa: ", "Why: ")).append(explainer.indicator(score)).append('\n');
        sources(text, lang.t("Sumber aturan:", "Sources of the rules applied:"), explainer.sources(score), lang);
        text.append(lang.t("Maksimum ", "Maximum ")).append(Numbers.plain(rule.max().value(), lang)).append(": ")
                .append(provenance(rule.max().provenance(), lang)).append('\n');
        text.append(rule.evidenceRequired() ? lang.t("Data dukung wajib agar nilai dihitung.",
                "Evidence is required for the value to count.")
                : lang.t("Nilai dihitung tanpa data dukung.", "The value counts without evidence.")).append('\n');

        text.append('\n').append(lang.t("Jawaban:", "Answer:")).append('\n');
        Optional<Answer> answer = scored.submission().findAnswer(rule.id());
        if (answer.isEmpty()) {
            text.append(lang.t("  (tidak dijawab)", "  (not answered)")).append('\n');
        } else {
            answer.get().value().ifPresent(v -> text.append(lang.t("  nilai: ", "  value: ")).append(explainer.value(v))
                    .append('\n'));
            answer.get().statedPoints().ifPresent(p -> text.append(lang.t("  poin menurut rekap: ",
                    "  points stated by the recap: ")).append(Numbers.points(p, lang)).append('\n'));
            documents(text, answer.get().evidence(), score.evidence(), card.stage(), explainer, lang, "  ");
            for (QuestionAnswer question : answer.get().questions()) {
                Optional<QuestionScore> questionScore = score.findQuestion(question.question());
                text.append(lang.t("  pertanyaan ", "  question ")).append(question.question()).append(": ")
                        .append(questionScore.map(q -> explainer.question(score, q)).orElse("")).append('\n');
                documents(text, question.evidence(), questionScore.map(QuestionScore::evidence).orElse(List.of()),
                        card.stage(), explainer, lang, "    ");
            }
        }

        if (!score.questions().isEmpty()) {
            text.append('\n').append(lang.t("Poin per pertanyaan:", "Points by question:")).append('\n');
            for (QuestionScore question : score.questions()) {
                String reached = question.rating().flatMap(r -> rule.findQuestion(question.question())
                        .map(q -> explainer.rung(q.rubric(), r.rung()))).orElseGet(() -> explainer.basis(question.basis()));
                text.append(String.format(Locale.ROOT, "  %-5s %8s / %-6s %s%n", question.question(),
                        Numbers.points(question.points(), lang), Numbers.plain(question.max(), lang), reached));
            }
        }

        List<Deficiency> deficiencies = Numbers.largestFirst(card).stream()
                .filter(d -> d.indicator().equals(rule.id())).toList();
        text.append('\n');
        if (deficiencies.isEmpty()) {
            text.append(lang.t("Tidak ada kekurangan pada indikator ini.", "Nothing costs points in this indicator."))
                    .append('\n');
        } else {
            text.append(lang.t("Kekurangan, yang terbesar dulu:", "Deficiencies, the largest first:")).append('\n');
            for (Deficiency deficiency : deficiencies) {
                text.append("  -").append(Numbers.points(deficiency.cost(), lang)).append("  ")
                        .append(TextReport.deficiency(deficiency, pack, explainer, lang)).append('\n');
                sources(text, "", explainer.sources(deficiency), lang);
            }
        }
        return text.toString();
    }

    /** What the indicator reached: the rung of its rubric, or what its points rest on. */
    private static String reached(Explainer explainer, IndicatorRule rule, IndicatorScore score) {
        return score.rating().flatMap(r -> rule.rubric().map(rubric -> explainer.rung(rubric, r.rung())))
                .filter(words -> score.basis() != Basis.NO_EVIDENCE)
                .orElseGet(() -> explainer.basis(score.basis()));
    }

    /**
     * Each document and how it stands at the stage, as the engine reads it: what the last verifier up to the
     * stage found ({@link io.github.layakanak.kla.model.Evidence#verdictAt}), and at which stage; pending when nobody
     * has checked it yet.
     */
    private static void documents(StringBuilder text, List<Evidence> evidence, List<EvidenceOutcome> outcomes,
            Stage stage, Explainer explainer, Lang lang, String indent) {
        for (int i = 0; i < evidence.size() && i < outcomes.size(); i++) {
            Evidence document = evidence.get(i);
            text.append(indent).append(lang.t("dokumen ", "document ")).append(explainer.evidence(outcomes.get(i)));
            document.number().ifPresent(n -> text.append("; ").append(n));
            document.issuedOn().ifPresent(d -> text.append(", ").append(d));
            @Nullable Stage checked = null;
            for (Map.Entry<Stage, Verification> entry : document.verification().entrySet()) {
                if (entry.getKey().compareTo(stage) <= 0 && (checked == null || entry.getKey().compareTo(checked) > 0)) {
                    checked = entry.getKey();
                }
            }
            text.append(checked == null ? lang.t(" (belum diperiksa)", " (not checked yet)")
                    : lang.t(" (diperiksa pada ", " (checked at ") + lang.name(checked) + ")");
            text.append('\n');
        }
    }

    private static void sources(StringBuilder text, String heading, List<Provenance> sources, Lang lang) {
        if (!heading.isEmpty()) {
            text.append(heading).append('\n');
        }
        for (Provenance source : sources) {
            text.append("    ").append(provenance(source, lang)).append('\n');
        }
    }

    private static String provenance(Provenance provenance, Lang lang) {
        return StandIns.label(provenance.kind(), lang) + ": " + provenance.source(lang.locale());
    }
}
