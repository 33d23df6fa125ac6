package io.github.layakanak.kla.cli;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.samples.Samples;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the tests compare the jar's output with: the engine, run in the test's own JVM. */
final class Oracle {

    static final RulePacks PACKS = RulePacks.discover();

    private Oracle() {
    }

    static ScoreCard score(Submission submission) {
        return ScoringEngine.score(PACKS.forYear(submission.year()), submission);
    }

    static ScoreCard score(String sample) {
        return score(Samples.find(sample).orElseThrow().submission());
    }

    /** Writes every bundled sample into a directory as NAME.json. */
    static void writeSamples(Path directory) {
        try {
            for (Samples.Sample sample : Samples.all()) {
                Files.writeString(directory.resolve(sample.name() + ".json"), sample.json(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
