package io.github.layakanak.consumers.spring;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoints both apps serve, the same source compiled against Spring Boot 3.5 and Spring Boot 4: scores a
 * submission, and takes the app's own remarks (whose message is in the app's own bundle).
 */
@RestController
public class ScoreController {

    private final RulePacks packs;

    public ScoreController(RulePacks packs) {
        this.packs = packs;
    }

    /**
     * Scores a submission that Boot's validator found admissible (kla's constraints, kla's messages).
     *
     * @param submission the submission, read by Boot's mapper with kla's module
     * @return its scorecard, written by Boot's mapper with kla's module
     */
    @PostMapping("/score")
    ScoreCard score(@Valid @RequestBody Submission submission) {
        return ScoringEngine.score(packs.forYear(submission.year()), submission);
    }

    /**
     * The app's own type, with a constraint whose message is in the app's {@code ValidationMessages}.
     *
     * @param text what the remark says
     */
    record Remark(@NotBlank(message = "{app.Remark.text}") String text) {
    }

    /**
     * Takes a remark.
     *
     * @param remark the remark
     * @return the remark, as taken
     */
    @PostMapping("/remarks")
    Remark remark(@Valid @RequestBody Remark remark) {
        return remark;
    }
}
