package io.github.layakanak.kla.scoring;

import static io.github.layakanak.kla.scoring.TestPacks.n;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.FunctioningLevel;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Region;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.RegionRegistry;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Submissions for {@link TestPacks}, the perfect one and variations of it. */
final class Districts {

    static final Region BATAM = RegionRegistry.of(RegionEdition.KEMENDAGRI_2025).get("21.71");

    private Districts() {
    }

    /** A document a verifier found valid at the administrative verification. */
    static Evidence valid(EvidenceType type, String title) {
        return Evidence.of(type, title, "1/2029", LocalDate.of(2029, 5, 1))
                .withVerification(Stage.ADMINISTRATIVE_VERIFICATION, Verification.VALID);
    }

    /** A document nobody has checked. */
    static Evidence pending(EvidenceType type, String title) {
        return Evidence.of(type, title, "2/2029", LocalDate.of(2029, 6, 1));
    }

    static Evidence invalid(EvidenceType type, String title, String reason) {
        return Evidence.of(type, title, "3/2029", LocalDate.of(2029, 7, 1))
                .withVerification(Stage.ADMINISTRATIVE_VERIFICATION, Verification.invalid(reason));
    }

    static List<Answer> perfectAnswers() {
        return List.of(
                Answer.of("regulation", IndicatorValue.document(DocumentLevel.PERDA),
                        List.of(valid(EvidenceType.PERDA, "Perda KLA"))),
                Answer.of("task-force", new IndicatorValue.Composite(Map.of(
                        "functioning", IndicatorValue.functioning(FunctioningLevel.FULL),
                        "budget", new IndicatorValue.Budget(true, true))),
                        List.of(valid(EvidenceType.SK, "SK Gugus Tugas"))),
                Answer.of("birth-certificates", IndicatorValue.percent("95"),
                        List.of(valid(EvidenceType.REPORT, "Data akta"))),
                Answer.of("child-marriage", new IndicatorValue.Percentage(n("3"), Optional.of(n("4"))),
                        List.of(valid(EvidenceType.REPORT, "Data perkawinan anak"))),
                new Answer("forum", Optional.empty(), List.of(), List.of(
                        QuestionAnswer.chose("1", "SK_AND_FUNCTIONING", List.of(valid(EvidenceType.SK, "SK Forum"))),
                        new QuestionAnswer("2a", Optional.empty(), Optional.of(IndicatorValue.percent("100")),
                                Optional.empty(), List.of(valid(EvidenceType.REPORT, "Data desa"))),
                        new QuestionAnswer("3", Optional.empty(), Optional.of(IndicatorValue.count(5)),
                                Optional.empty(), List.of())), Optional.empty()));
    }

    static Submission perfect(Stage stage) {
        return new Submission(BATAM, 2030, stage, LocalDate.of(2030, 3, 31), perfectAnswers(), Map.of());
    }

    /** The perfect submission at a stage with one answer replaced. */
    static Submission with(Stage stage, String indicator, UnaryOperator<Answer> change) {
        List<Answer> answers = new ArrayList<>();
        for (Answer a : perfectAnswers()) {
            answers.add(a.indicator().equals(indicator) ? change.apply(a) : a);
        }
        return perfect(stage).withAnswers(answers);
    }

    /** The perfect submission at a stage without one answer. */
    static Submission without(Stage stage, String indicator) {
        return perfect(stage).withAnswers(perfectAnswers().stream()
                .filter(a -> !a.indicator().equals(indicator)).toList());
    }
}
