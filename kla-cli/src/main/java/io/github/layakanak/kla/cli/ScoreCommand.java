package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.report.CsvDialect;
import io.github.layakanak.kla.report.Reports;
import io.github.layakanak.kla.scoring.ScoreCard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kla score}: scores one submission or many, in one of four formats. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class ScoreCommand implements Callable<Integer> {

    /** The file {@code --format csv --out DIR} writes. */
    static final String CSV_FILE = "scores.csv";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "${bundle:help.label.paths:-FILE|DIR}", arity = "0..*",
            descriptionKey = "help.score.paths")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "${bundle:help.label.name:-NAME}",
            descriptionKey = "help.score.sample")
    @Nullable String sample;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            descriptionKey = "help.score.format")
    Format format = Format.TEXT;

    @Option(names = "--csv-dialect", paramLabel = "id|en",
            descriptionKey = "help.score.csvDialect")
    @Nullable CsvDialect csvDialect;

    @Mixin
    Common common = new Common();

    @Option(names = "--out", paramLabel = "${bundle:help.label.dir:-DIR}",
            descriptionKey = "help.score.out")
    @Nullable Path out;

    @Option(names = "--force", descriptionKey = "help.score.force")
    boolean force;

    @Option(names = "--stage", paramLabel = "${bundle:help.label.stage:-STAGE}",
            descriptionKey = "help.score.stage")
    @Nullable Stage stage;

    @Option(names = "--year", paramLabel = "${bundle:help.label.year:-YEAR}",
            descriptionKey = "help.score.year")
    @Nullable Integer year;

    @Override
    public Integer call() {
        Lang lang = common.lang;
        if (paths.isEmpty() && sample == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), lang.text("usage.scoreWhat"));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr(), common.verbose);
        if (csvDialect != null && format != Format.CSV) {
            throw new CommandLine.ParameterException(spec.commandLine(), lang.text("usage.csvDialect",
                    format.name().toLowerCase(Locale.ROOT)));
        }
        CsvDialect dialect = csvDialect != null ? csvDialect : CsvDialect.of(lang.locale());
        try {
            Inputs inputs = Inputs.collect(paths, sample, reporter, lang);
            if (format == Format.HTML && out == null && inputs.batch()) {
                throw new CommandLine.ParameterException(spec.commandLine(), lang.text("usage.htmlMany"));
            }
            Evaluator evaluator = Evaluator.create(lang, year, stage);
            @Nullable OutputDir output = out == null ? null : prepare(out, inputs, lang);

            List<Evaluator.Scored> scored = new ArrayList<>();
            Map<Rank, Integer> ranks = new EnumMap<>(Rank.class);
            int written = 0;
            int done = 0;
            for (Input input : inputs.all()) {
                if (inputs.batch()) {
                    reporter.progress(++done, inputs.all().size(), input.label());
                }
                Evaluator.Scored result;
                try {
                    result = evaluator.evaluate(input);
                } catch (Failure failure) {
                    reporter.fail(failure);
                    continue;
                }
                if (output != null && format != Format.CSV) {
                    try {
                        output.write(format.fileName(input.stem()), render(result, lang, dialect));
                        written++;
                    } catch (IOException e) {
                        reporter.fail(new Failure(Main.IO, lang.text("output.cannotWrite", input.label(),
                                output.directory().resolve(format.fileName(input.stem())), Problems.of(e, lang)), e));
                        continue;
                    }
                } else if (output == null && (format == Format.TEXT || format == Format.HTML)) {
                    if (!scored.isEmpty()) {
                        stdout.println();
                    }
                    stdout.print(render(result, lang, dialect));
                    stdout.flush();
                }
                ranks.merge(result.card().rank(), 1, Integer::sum);
                scored.add(result);
            }
            reporter.clearProgress();

            if (format == Format.CSV && !scored.isEmpty()) {
                if (output != null) {
                    try {
                        output.write(CSV_FILE, Reports.in(lang.locale()).csv(scored.stream().map(Evaluator.Scored::report).toList(), dialect));
                        written++;
                    } catch (IOException e) {
                        reporter.fail(new Failure(Main.IO, lang.text("output.cannotWrite", "kla",
                                output.directory().resolve(CSV_FILE), Problems.of(e, lang)), e));
                    }
                } else {
                    stdout.print(Reports.in(lang.locale()).csv(scored.stream().map(Evaluator.Scored::report).toList(), dialect));
                }
            } else if (format == Format.JSON && output == null && !scored.isEmpty()) {
                stdout.print(inputs.batch() ? KlaJson.write(scored.stream().map(Evaluator.Scored::card).toList())
                        : KlaJson.write(scored.get(0).card()));
            }
            stdout.flush();

            if (inputs.batch()) {
                reporter.note(summary(scored.size(), reporter.failures(), ranks, lang));
            }
            if (output != null && written > 0) {
                reporter.note(written == 1 ? lang.text("output.wroteOne", output.directory())
                        : lang.text("output.wroteMany", written, output.directory()));
            }
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }

    private OutputDir prepare(Path directory, Inputs inputs, Lang lang) throws Failure {
        List<OutputDir.Target> targets = new ArrayList<>();
        Set<Path> files = new HashSet<>();
        if (format == Format.CSV) {
            targets.add(new OutputDir.Target("kla", CSV_FILE));
        }
        for (Input input : inputs.all()) {
            input.path().ifPresent(files::add);
            if (format != Format.CSV) {
                targets.add(new OutputDir.Target(input.label(), format.fileName(input.stem())));
            }
        }
        return OutputDir.prepare(directory, force, targets, files, lang);
    }

    private String render(Evaluator.Scored result, Lang lang, CsvDialect dialect) {
        ScoreCard card = result.card();
        Reports reports = Reports.in(lang.locale());
        return switch (format) {
            case TEXT -> reports.text(result.report());
            case HTML -> reports.html(result.report());
            case JSON -> KlaJson.write(card);
            case CSV -> reports.csv(List.of(result.report()), dialect);
        };
    }

    /** The one-line summary of a batch: scored, failed, and how many got each rank, the highest first. */
    static String summary(int scored, int failed, Map<Rank, Integer> ranks, Lang lang) {
        StringBuilder line = new StringBuilder(lang.text("report.summary", scored, failed));
        String separator = "; ";
        Rank[] order = Rank.values();
        for (int i = order.length - 1; i >= 0; i--) {
            Rank rank = order[i];
            line.append(separator).append(rank == Rank.KLA ? "KLA" : lang.words().name(rank)).append(' ')
                    .append(ranks.getOrDefault(rank, 0));
            separator = ", ";
        }
        return line.toString();
    }
}
