package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.json.KlaJson;
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
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Scores submissions under the rule pack of their year and prints or writes their scorecards. "
                + "A directory stands for the *.json files directly in it, and - for standard input (one submission, "
                + "named stdin in messages and under --out). Many submissions end with a one-line "
                + "summary on standard error (scored, failed, per rank); on a terminal they also show progress.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  kla score --sample batam",
            "  kla score batam.json --lang en --stage FIELD_VERIFICATION",
            "  kla sample batam | kla score - --lang en                (from standard input)",
            "  kla score submissions/ --format csv --out reports/     (reports/scores.csv)",
            "  kla score submissions/ --format csv --csv-dialect en   (commas, for programs)",
            "  kla score submissions/ --format html --out reports/    (one page each)",
            "",
            "Exit codes: 0 success, 2 usage, 3 invalid input (also a year without a rule",
            "pack), 4 broken rule pack, 5 input/output; a batch exits with the highest",
            "code among its failures."})
final class ScoreCommand implements Callable<Integer> {

    /** The file {@code --format csv --out DIR} writes. */
    static final String CSV_FILE = "scores.csv";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Submission files (JSON, see docs/json-format.md), directories of them, or - to read one "
                    + "from standard input.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "NAME",
            description = "Score a bundled sample, such as batam (see `kla sample`).")
    @Nullable String sample;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default: a table by section and the deficiencies), json (the scorecard; an "
                    + "array for many), csv (one row per district: the total, each section and the maximum and "
                    + "points lost of each, the rank, the points lost per cause) or html (one self-contained page "
                    + "per district).")
    Format format = Format.TEXT;

    @Option(names = "--csv-dialect", paramLabel = "id|en",
            description = "How csv is written: id (semicolons, decimal comma, a UTF-8 byte order mark and region "
                    + "codes kept as text: for Excel set to Indonesian) or en (RFC 4180: commas, decimal point, no "
                    + "byte order mark: for programs). It follows --lang unless given; --lang picks the language "
                    + "of the headers and words either way.")
    @Nullable CsvDialect csvDialect;

    @Mixin
    Common common = new Common();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write one file per submission into DIR (NAME.txt, NAME.scorecard.json, NAME.html; "
                    + "standard input's NAME is stdin; csv writes one " + CSV_FILE + ") instead of printing. Files are "
                    + "written atomically.")
    @Nullable Path out;

    @Option(names = "--force", description = "Replace output files that exist; without it kla refuses to.")
    boolean force;

    @Option(names = "--stage", paramLabel = "STAGE",
            description = "Score at this stage instead of the submission's: ${COMPLETION-CANDIDATES}.")
    @Nullable Stage stage;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Score as this assessment year instead of the submission's (it selects the rule pack).")
    @Nullable Integer year;

    @Override
    public Integer call() {
        if (paths.isEmpty() && sample == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give a FILE or DIR to score, or --sample NAME");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Reporter reporter = new Reporter(spec.commandLine().getErr(), common.verbose);
        Lang lang = common.lang;
        if (csvDialect != null && format != Format.CSV) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--csv-dialect applies to --format csv "
                    + "only, but the format is " + format.name().toLowerCase(Locale.ROOT));
        }
        CsvDialect dialect = csvDialect != null ? csvDialect : CsvDialect.of(lang);
        try {
            Inputs inputs = Inputs.collect(paths, sample, reporter);
            if (format == Format.HTML && out == null && inputs.batch()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format html writes one page per district: give --out DIR to score more than one");
            }
            Evaluator evaluator = Evaluator.create(lang, year, stage);
            @Nullable OutputDir output = out == null ? null : prepare(out, inputs);

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
                        reporter.fail(new Failure(Main.IO, input.label() + ": cannot write "
                                + output.directory().resolve(format.fileName(input.stem())) + ": " + Problems.of(e), e));
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
                        output.write(CSV_FILE, CsvReport.render(scored, lang, dialect));
                        written++;
                    } catch (IOException e) {
                        reporter.fail(new Failure(Main.IO, "kla: cannot write " + output.directory().resolve(CSV_FILE)
                                + ": " + Problems.of(e), e));
                    }
                } else {
                    stdout.print(CsvReport.render(scored, lang, dialect));
                }
            } else if (format == Format.JSON && output == null && !scored.isEmpty()) {
                stdout.print(inputs.batch() ? KlaJson.write(scored.stream().map(Evaluator.Scored::card).toList())
                        : KlaJson.write(scored.get(0).card()));
            }
            stdout.flush();

            if (inputs.batch()) {
                reporter.note(TextReport.summary(scored.size(), reporter.failures(), ranks, lang));
            }
            if (output != null && written > 0) {
                reporter.note(lang.t("kla: " + written + " berkas ditulis ke " + output.directory(),
                        "kla: wrote " + written + (written == 1 ? " file" : " files") + " to " + output.directory()));
            }
        } catch (Failure failure) {
            reporter.fail(failure);
        }
        return reporter.code();
    }

    private OutputDir prepare(Path directory, Inputs inputs) throws Failure {
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
        return OutputDir.prepare(directory, force, targets, files);
    }

    private String render(Evaluator.Scored result, Lang lang, CsvDialect dialect) {
        ScoreCard card = result.card();
        return switch (format) {
            case TEXT -> TextReport.render(result, lang);
            case HTML -> HtmlReport.render(result, lang);
            case JSON -> KlaJson.write(card);
            case CSV -> CsvReport.render(List.of(result), lang, dialect);
        };
    }
}
