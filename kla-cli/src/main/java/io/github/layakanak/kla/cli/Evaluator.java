package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.KlaException;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.RulePackConflictException;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.RulePackNotFoundException;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.ScoringException;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * Reads, checks and scores submissions: the format ({@link KlaJson}), the rule pack of the submission's year
 * ({@link RulePacks#discover()}, so a new year's pack on the class path needs no change here), then admissibility
 * under the model's rules ({@link SubmissionValidator}, in the report's language) and the pack's, both in one
 * {@link ScoringEngine#check}. Each step's failure becomes one line per problem, naming the input and the JSON
 * pointer.
 */
final class Evaluator {

    /** A scored submission and what scored it. */
    record Scored(Input input, Submission submission, RulePack pack, ScoreCard card) {

        /** What the reports render: the district, named as the CSV names its input. */
        io.github.layakanak.kla.report.Scored report() {
            return new io.github.layakanak.kla.report.Scored(input.reportName(), submission, pack, card);
        }
    }

    private final RulePacks packs;
    private final FutureTask<SubmissionValidator> validator;
    private final @Nullable Integer year;
    private final @Nullable Stage stage;
    private final Lang lang;

    /** What standard input held, once read: read once, and needed again to say where its problems are. */
    private byte @Nullable [] standardInput;

    /** A problem that says its line and column already, as broken JSON's does. */
    private static final java.util.regex.Pattern LOCATED = java.util.regex.Pattern.compile("\\((line|baris) \\d+");

    private Evaluator(RulePacks packs, FutureTask<SubmissionValidator> validator, @Nullable Integer year,
            @Nullable Stage stage, Lang lang) {
        this.packs = packs;
        this.validator = validator;
        this.year = year;
        this.stage = stage;
        this.lang = lang;
    }

    /**
     * Finds the rule packs and starts the validator, on a thread of its own: Hibernate Validator's start and its
     * reading of the model's constraints overlap with reading the first submission and its rule pack.
     *
     * @param lang  the language of the validation messages
     * @param year  the year that replaces each submission's, or null to keep it
     * @param stage the stage that replaces each submission's, or null to keep it
     */
    static Evaluator create(Lang lang, @Nullable Integer year, @Nullable Stage stage) throws Failure {
        FutureTask<SubmissionValidator> validator = new FutureTask<>(() -> SubmissionValidator.create(lang.locale()));
        Thread starter = new Thread(validator, "kla-validator");
        starter.setDaemon(true);
        starter.start();
        return new Evaluator(discover(lang), validator, year, stage, lang);
    }

    /** Finds the packs; a pack whose provider declares its id and years is read when it is first asked for. */
    static RulePacks discover(Lang lang) throws Failure {
        try {
            return RulePacks.discover();
        } catch (RulePackException e) {
            throw broken(e, lang);
        } catch (RulePackConflictException e) {
            throw new Failure(Main.RULE_PACK, lang.text("output.conflict", e.getMessage()), e);
        } catch (ServiceConfigurationError e) {
            throw new Failure(Main.RULE_PACK, lang.text("output.provider", e.getMessage()), e);
        }
    }

    /** A pack that cannot be used, one line per problem. */
    static Failure broken(RulePackException e, Lang lang) {
        return new Failure(Main.RULE_PACK, e.problems().stream()
                .map(p -> lang.text("output.brokenPack", e.pack(), p)).toList(), e);
    }

    /** The validator, once started. */
    private SubmissionValidator validator() throws Failure {
        try {
            return validator.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(Main.INTERNAL, lang.text("output.interrupted"), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof KlaException problem) {
                throw new Failure(Main.INTERNAL, "kla: " + problem.getMessage(), problem);
            }
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    RulePacks packs() {
        return packs;
    }

    /** Reads, checks and scores one input; its rule pack is read while the validator may still be starting. */
    Scored evaluate(Input input) throws Failure {
        Submission submission = read(input);
        CheckedSubmission checked = check(input, submission);
        return new Scored(input, submission, checked.pack(), ScoringEngine.score(checked));
    }

    /** Reads an input strictly, with the {@code --year} and {@code --stage} given applied. */
    Submission read(Input input) throws Failure {
        Submission submission = input.path().isPresent() ? readFile(input, input.path().get())
                : input.sample().isPresent() ? input.sample().get().submission() : readStandardInput(input);
        if (year != null && year != submission.year()) {
            submission = new Submission(submission.region(), year, submission.stage(), submission.submittedOn(),
                    submission.answers(), submission.statedSectionPoints(), submission.statedSectionMaxima(),
                    submission.statedTotal());
        }
        if (stage != null && stage != submission.stage()) {
            submission = submission.withStage(stage);
        }
        return submission;
    }

    private Submission readFile(Input input, Path path) throws Failure {
        if (!Files.isRegularFile(path)) {
            throw new Failure(Main.INVALID_INPUT, lang.text("output.notRegular", input.label()));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return parse(input, in);
        } catch (IOException e) {
            throw new Failure(Main.IO, lang.text("output.cannotRead", input.label(), Problems.of(e, lang)), e);
        }
    }

    /**
     * Reads standard input, which is never closed; {@link KlaJson#readSubmission(InputStream)} reads no further than
     * its size limit, so an endless stream is refused as too large.
     */
    private Submission readStandardInput(Input input) throws Failure {
        try {
            standardInput = System.in.readNBytes(KlaJson.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new Failure(Main.IO, lang.text("output.cannotRead", input.label(), Problems.of(e, lang)), e);
        }
        return parse(input, new java.io.ByteArrayInputStream(standardInput));
    }

    /** Where problems of an input are: its file read again, its sample, or standard input as it was read. */
    private Places places(Input input) {
        byte[] read = standardInput;
        return input.path().isEmpty() && input.sample().isEmpty() && read != null
                ? Places.of(read, packs, lang) : Places.of(input, packs, lang);
    }

    private Submission parse(Input input, InputStream in) throws Failure {
        try {
            return KlaJson.readSubmission(in);
        } catch (JsonFormatException e) {
            // Every problem the reader found, one line each, with where it is (unless its words say it).
            Places places = places(input);
            List<String> lines = new java.util.ArrayList<>();
            for (JsonFormatException.Problem problem : e.problems()) {
                String words = problem.problem(lang.locale());
                boolean located = LOCATED.matcher(words).find();
                lines.add(input.label() + ": " + (problem.pointer().isEmpty() ? "/" : problem.pointer()) + ": "
                        + words + places.describe(problem, !located));
            }
            if (e.truncated()) {
                lines.add(input.label() + ": " + lang.text("places.truncated", KlaJson.MAX_PROBLEMS));
            }
            throw new Failure(Main.INVALID_INPUT, lines, e);
        } catch (UncheckedIOException e) {
            throw new Failure(Main.IO, lang.text("output.cannotRead", input.label(), Problems.of(e.getCause(), lang)), e);
        }
    }

    /**
     * Checks a submission against the pack of its year and reports every problem, each at its JSON pointer. A
     * submission for a year without a pack that is also inadmissible is reported as inadmissible.
     */
    CheckedSubmission check(Input input, Submission submission) throws Failure {
        RulePack pack;
        try {
            pack = packFor(input, submission);
        } catch (Failure noPack) {
            List<Violation> violations = validator().validate(submission);
            if (!violations.isEmpty()) {
                throw new Failure(Main.INVALID_INPUT, lines(input, violations), null);
            }
            throw noPack;
        }
        try {
            return ScoringEngine.check(pack, submission, validator());
        } catch (ScoringException e) {
            throw new Failure(Main.INVALID_INPUT, lines(input, e.violations()), e);
        }
    }

    /** One line per violation: the file, the pointer, the problem, and where it is (line, column, indicator). */
    private List<String> lines(Input input, List<Violation> violations) {
        List<String> places = places(input).describe(violations);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < violations.size(); i++) {
            lines.add(input.label() + ": " + violations.get(i) + places.get(i));
        }
        return lines;
    }

    /** The pack of the submission's year. */
    RulePack packFor(Input input, Submission submission) throws Failure {
        try {
            return packs.forYear(submission.year());
        } catch (RulePackNotFoundException e) {
            // For district staff: the years there are, not how a developer registers a pack.
            int asked = submission.year();
            String years = packs.years().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "));
            String words = lang.text("output.noYear", asked, years);
            if (year != null) {
                throw new Failure(Main.USAGE, input.label() + ": --year " + year + ": " + words, e);
            }
            throw new Failure(Main.INVALID_INPUT, input.label() + ": /year: " + words, e);
        } catch (RulePackException e) {
            throw broken(e, lang);
        }
    }
}
