package io.github.layakanak.consumers.jpms;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.scoring.CheckedSubmission;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Scores a submission file with the packs found on the module path, as an app on the module path does. */
public final class ScoreFile {

    private ScoreFile() {
    }

    /**
     * Scores a submission with the pack of its year, after checking it.
     *
     * @param json the submission
     * @return its scorecard
     * @throws JsonFormatException if the text is not a well-formed submission
     * @throws IllegalArgumentException if the submission breaks the admissibility rules, naming every violation
     */
    public static ScoreCard score(String json) {
        Submission submission = KlaJson.readSubmission(json);
        List<Violation> violations = SubmissionValidator.create().validate(submission);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.toString());
        }
        CheckedSubmission checked = ScoringEngine.check(RulePacks.discover().forYear(submission.year()), submission);
        return ScoringEngine.score(checked);
    }

    /**
     * Prints the rank and the total of a submission file.
     *
     * @param args the file's path
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -p <module path> -m io.github.layakanak.consumers.jpms/"
                    + ScoreFile.class.getName() + " submission.json");
            System.exit(2);
        }
        ScoreCard card = score(Files.readString(Path.of(args[0])));
        System.out.println(card.rank() + " " + card.total().toPlainString());
    }
}
