package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.report.internal.Numbers;
import io.github.layakanak.kla.report.internal.StandIns;
import io.github.layakanak.kla.report.internal.TextReport;
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
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "${bundle:help.label.file:-FILE}", arity = "0..1",
            descriptionKey = "help.explain.file")
    @Nullable Path file;

    @Option(names = "--sample", paramLabel = "${bundle:help.label.name:-NAME}", descriptionKey = "help.explain.sample")
    @Nullable String sample;

    @Option(names = "--indicator", paramLabel = "ID", required = true,
            descriptionKey = "help.explain.indicator")
    String indicator = "";

    @Option(names = "--stage", paramLabel = "${bundle:help.label.stage:-STAGE}",
            descriptionKey = "help.explain.stage")
    @Nullable Stage stage;

    @Option(names = "--year", paramLabel = "${bundle:help.label.year:-YEAR}", descriptionKey = "help.explain.year")
    @Nullable Integer year;

    @Mixin
    Common common = new Common();

    @Override
    public Integer call() {
        Lang lang = common.lang;
        if ((file == null) == (sample == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), lang.text("usage.fileOrSample"));
        }
        if (file != null && !Input.isStandardInput(file) && Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), lang.text("usage.directory", "explain", file));
        }
        Reporter reporter = new Reporter(spec.commandLine().getErr(), common.verbose);
        try {
            Input input = file != null ? Inputs.collect(List.of(file), null, reporter, lang).all().stream()
                    .findFirst().orElse(null) : Input.sample(Inputs.sample(sample, lang), lang);
            if (input == null) {
                return reporter.code();
            }
            Evaluator.Scored scored = Evaluator.create(lang, year, stage).evaluate(input);
            IndicatorRule rule = scored.pack().indicators().stream()
                    .filter(r -> r.id().equals(indicator) || r.indicator().code().equalsIgnoreCase(indicator))
                    .findFirst()
                    .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                            noIndicator(indicator, scored.pack(), lang)));
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(render(scored, rule, lang));
            stdout.flush();
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }

    static String render(Evaluator.Scored scored, IndicatorRule rule, Lang lang) {
        ScoreCard card = scored.card();
        RulePack pack = scored.pack();
        Explainer explainer = lang.words().explainer(pack);
        IndicatorScore score = card.findIndicator(rule.id()).orElseThrow();
        StringBuilder text = new StringBuilder();
        text.append(lang.text("output.explain.indicator", rule.indicator().code(), rule.id(),
                lang == Lang.ID ? rule.indicator().nameId() : rule.indicator().nameEn())).append('\n');
        text.append(lang.words().label(rule.indicator().cluster())).append('\n');
        text.append(lang.text("output.explain.where", card.region().name(), card.region().code(), card.year(),
                lang.words().name(card.stage()), card.packId())).append("\n\n");

        text.append(lang.text("output.explain.points", Numbers.points(score.points(), lang.words()),
                Numbers.plain(score.max(), lang.words()), reached(explainer, rule, score))).append('\n');
        text.append(lang.text("output.explain.why", explainer.indicator(score))).append('\n');
        sources(text, lang.text("output.explain.sources"), explainer.sources(score), lang);
        text.append(lang.text("output.explain.maximum", Numbers.plain(rule.max().value(), lang.words()),
                StandIns.cited(rule.max().provenance(), lang.words()))).append('\n');
        // In a recap the verifier's awarded points count as awarded: no evidence decides them.
        boolean awarded = score.questions().stream().anyMatch(q -> q.basis() == Basis.AWARDED)
                && score.questions().stream().allMatch(q -> q.basis() == Basis.AWARDED
                        || q.basis() == Basis.NOT_ANSWERED);
        text.append(lang.text(awarded ? "output.explain.awarded"
                : rule.evidenceRequired() ? "output.explain.required" : "output.explain.notRequired")).append('\n');

        text.append('\n').append(lang.text("output.explain.answer")).append('\n');
        Optional<Answer> answer = scored.submission().findAnswer(rule.id());
        if (answer.isEmpty()) {
            text.append(lang.text("output.explain.notAnswered")).append('\n');
        } else {
            answer.get().value().ifPresent(v -> text.append(lang.text("output.explain.value", explainer.value(v)))
                    .append('\n'));
            answer.get().statedPoints().ifPresent(p -> text.append(lang.text("output.explain.stated",
                    Numbers.points(p, lang.words()))).append('\n'));
            answer.get().statedMax().ifPresent(p -> text.append(lang.text("output.explain.statedMax",
                    Numbers.points(p, lang.words()))).append('\n'));
            documents(text, answer.get().evidence(), score.evidence(), card.stage(), explainer, lang, "  ");
            for (QuestionAnswer question : answer.get().questions()) {
                Optional<QuestionScore> questionScore = score.findQuestion(question.question());
                text.append("  ").append(lang.text("output.explain.question", question.question(),
                        questionScore.map(q -> explainer.question(score, q)).orElse(""))).append('\n');
                documents(text, question.evidence(), questionScore.map(QuestionScore::evidence).orElse(List.of()),
                        card.stage(), explainer, lang, "    ");
            }
        }

        if (!score.questions().isEmpty()) {
            text.append('\n').append(lang.text("output.explain.byQuestion")).append('\n');
            for (QuestionScore question : score.questions()) {
                String reached = question.rating().flatMap(r -> rule.findQuestion(question.question())
                        .map(q -> explainer.rung(q.rubric(), r.rung()))).orElseGet(() -> explainer.basis(question.basis()));
                text.append(String.format(Locale.ROOT, "  %-5s %8s / %-6s %s%n", question.question(),
                        Numbers.points(question.points(), lang.words()), Numbers.plain(question.max(), lang.words()), reached));
            }
        }

        List<Deficiency> deficiencies = Numbers.largestFirst(card).stream()
                .filter(d -> d.indicator().equals(rule.id())).toList();
        text.append('\n');
        if (deficiencies.isEmpty()) {
            text.append(lang.text("output.explain.nothingLost")).append('\n');
        } else {
            text.append(lang.text("output.explain.deficiencies")).append('\n');
            for (Deficiency deficiency : deficiencies) {
                text.append("  -").append(Numbers.points(deficiency.cost(), lang.words())).append("  ")
                        .append(TextReport.deficiency(deficiency, pack, explainer, lang.words())).append('\n');
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
            text.append(indent).append(lang.text("output.explain.document", explainer.evidence(outcomes.get(i))));
            document.number().ifPresent(n -> text.append("; ").append(n));
            document.issuedOn().ifPresent(d -> text.append(", ").append(d));
            @Nullable Stage checked = null;
            for (Map.Entry<Stage, Verification> entry : document.verification().entrySet()) {
                if (entry.getKey().compareTo(stage) <= 0 && (checked == null || entry.getKey().compareTo(checked) > 0)) {
                    checked = entry.getKey();
                }
            }
            text.append(checked == null ? lang.text("output.explain.notChecked")
                    : lang.text("output.explain.checked", lang.words().name(checked)));
            text.append('\n');
        }
    }

    private static void sources(StringBuilder text, String heading, List<Provenance> sources, Lang lang) {
        if (!heading.isEmpty()) {
            text.append(heading).append('\n');
        }
        for (Provenance source : sources) {
            text.append("    ").append(StandIns.cited(source, lang.words())).append('\n');
        }
    }

    /** That a pack has no indicator of this id, naming those it has; for {@code explain} and effort files. */
    static String noIndicator(String indicator, RulePack pack, Lang lang) {
        return lang.text("usage.noIndicator", indicator, pack.id(), pack.indicators().stream()
                .map(IndicatorRule::id).collect(java.util.stream.Collectors.joining(", ")));
    }
}
