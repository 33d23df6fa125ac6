package io.github.layakanak.kla.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.layakanak.kla.model.KlaException;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.Explainer;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Fuzz tests of what an app hands untrusted bytes to: the JSON reader, the validator and scoring (with the
 * explanations and the scorecard's JSON). The rule they hold kla to: for any input, a call returns a value or
 * throws a {@link KlaException} (its documented refusal); any other exception or error escaping is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (every build) each test replays the committed corpus, the files in
 * {@code SubmissionFuzzTestInputs/} beside this class, in a few seconds. With it, Jazzer fuzzes one test,
 * starting from that corpus: {@code kla-fuzz/fuzz} runs them (see docs/security.md, "Fuzzing").
 */
class SubmissionFuzzTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final SubmissionValidator VALIDATOR = SubmissionValidator.create(INDONESIAN);
    private static final List<Pack> PACKS = List.of(Pack.forYear(2022), Pack.forYear(2024));

    /** A rule pack and its explainers, in English and Indonesian. */
    private record Pack(RulePack rules, List<Explainer> explainers) {

        static Pack forYear(int year) {
            RulePack rules = RulePacks.discover().forYear(year);
            return new Pack(rules, List.of(Explainer.of(rules, Locale.ENGLISH), Explainer.of(rules, INDONESIAN)));
        }
    }

    @FuzzTest
    void readsAnyBytesOrRefusesThemWithAKlaException(byte[] json) {
        read(json);
    }

    @FuzzTest
    void validatesAnySubmissionItCanRead(byte[] json) {
        read(json).ifPresent(submission -> call("SubmissionValidator.validate", () -> VALIDATOR.validate(submission)));
    }

    @FuzzTest
    void scoresAndExplainsAnySubmissionItCanReadOrRefusesIt(byte[] json) {
        Optional<Submission> read = read(json);
        if (read.isEmpty()) {
            return;
        }
        Submission submission = read.get();
        // Each pack whatever the submission's year: the wrong year is a refusal to check too.
        for (Pack pack : PACKS) {
            Optional<CheckedSubmission> checked =
                    call("ScoringEngine.check", () -> ScoringEngine.check(pack.rules(), submission));
            if (checked.isEmpty()) {
                continue;
            }
            ScoreCard card = call("ScoringEngine.score", () -> ScoringEngine.score(checked.get())).orElseThrow();
            call("Explainer.explain", () -> pack.explainers().stream().map(words -> words.explain(card)).toList());
            call("Explainer.loss", () -> card.losses().stream()
                    .flatMap(loss -> pack.explainers().stream().map(words -> words.loss(loss)))
                    .toList());
            call("KlaJson.write(scorecard)", () -> KlaJson.write(card));
        }
    }

    /** Reads a submission from bytes as an app reads a file: empty when kla refuses it, as documented. */
    private static Optional<Submission> read(byte[] json) {
        return call("KlaJson.readSubmission", () -> KlaJson.readSubmission(new ByteArrayInputStream(json)));
    }

    /**
     * Calls kla: its value, or empty for a {@link KlaException}; anything else fails the test, naming the call and
     * what escaped it.
     */
    private static <T> Optional<T> call(String name, Supplier<T> call) {
        T value;
        try {
            value = call.get();
        } catch (KlaException documented) {
            return Optional.empty();
        } catch (VirtualMachineError e) {
            // Rethrown as it is: an OutOfMemoryError leaves no memory to wrap it, and Jazzer deduplicates a
            // StackOverflowError by its repeating frames only when it is the finding itself.
            throw e;
        } catch (Throwable e) {
            throw new AssertionError(String.format(Locale.ROOT,
                    "%s let %s escape; only a KlaException (or a subclass) may escape kla's API: %s", name,
                    e.getClass().getName(), e.getMessage()), e);
        }
        if (value == null) {
            throw new AssertionError(name + " returned null; kla's API never does");
        }
        return Optional.of(value);
    }
}
