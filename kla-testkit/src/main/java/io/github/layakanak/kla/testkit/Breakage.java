package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.Verification;
import io.github.layakanak.kla.model.VerificationStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** One way to break one admissibility rule of a valid submission. */
enum Breakage {

    PERCENT_ABOVE_100("Percent", "/value/percent", "a percentage above 100") {
        @Override
        Answer answer(Submission s, SplittableRandom r) {
            return withValue(new IndicatorValue.Percentage(BigDecimal.valueOf(100 + 1 + r.nextInt(100)),
                    Optional.empty()));
        }
    },
    NEGATIVE_COUNT("PositiveOrZero", "/value/count", "a negative count") {
        @Override
        Answer answer(Submission s, SplittableRandom r) {
            return withValue(new IndicatorValue.Count(-1 - r.nextInt(10), Optional.empty()));
        }
    },
    NEGATIVE_STATED_POINTS("Points", "/statedPoints", "a negative stated subtotal") {
        @Override
        Answer answer(Submission s, SplittableRandom r) {
            return new Answer(BROKEN, Optional.empty(), List.of(), List.of(), Optional.of(BigDecimal.valueOf(-1)));
        }
    },
    MALFORMED_INDICATOR_ID("Pattern", "/indicator", "an indicator id that is not lower-case words with hyphens") {
        @Override
        Answer answer(Submission s, SplittableRandom r) {
            return new Answer("Broken Answer", Optional.empty(), List.of(), List.of(), Optional.empty());
        }
    },
    EVIDENCE_AFTER_SUBMISSION("EvidenceNotAfterSubmission", "/evidence/0/issuedOn",
            "a document dated after the submission") {
        @Override
        Answer answer(Submission s, SplittableRandom r) {
            return withEvidence(Evidence.of(EvidenceType.REPORT, "Laporan", "1/2099",
                    s.submittedOn().plusDays(1 + r.nextInt(30))));
        }
    },
    REGULATION_WITHOUT_LEGALITY("LegalityForValidRegulation",
            "/evidence/0/verification/FIELD_VERIFICATION/status", "a regulation valid without number and date") {
        @Override
        Answer answer(Submission s, SplittableRandom r) {
            return withEvidence(new Evidence(EvidenceType.PERDA, "Perda tanpa nomor", Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Map.of(Stage.FIELD_VERIFICATION, Verification.VALID)));
        }
    },
    REJECTION_WITHOUT_REASON("ReasonForRejection",
            "/evidence/0/verification/ADMINISTRATIVE_VERIFICATION/reason", "a rejection without a reason") {
        @Override
        Answer answer(Submission s, SplittableRandom r) {
            return withEvidence(new Evidence(EvidenceType.REPORT, "Laporan", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Map.of(Stage.ADMINISTRATIVE_VERIFICATION,
                            new Verification(VerificationStatus.INVALID, Optional.empty()))));
        }
    },
    BLANK_TITLE("NotBlank", "/evidence/0/title", "a document without a title") {
        @Override
        Answer answer(Submission s, SplittableRandom r) {
            return withEvidence(new Evidence(EvidenceType.REPORT, " ", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
        }
    },
    DUPLICATE_ANSWER("UniqueAnswers", "/indicator", "a second answer for an indicator") {
        @Override
        Answer answer(Submission s, SplittableRandom r) {
            return s.answers().get(r.nextInt(s.answers().size()));
        }
    };

    /** The id of the answer a breakage adds; a well-formed id that no pack scores. */
    static final String BROKEN = "broken-answer";

    private final String constraint;
    private final String suffix;
    private final String violation;

    Breakage(String constraint, String suffix, String violation) {
        this.constraint = constraint;
        this.suffix = suffix;
        this.violation = violation;
    }

    abstract Answer answer(Submission s, SplittableRandom r);

    InvalidSubmission apply(Submission valid, SplittableRandom r) {
        Submission base = valid;
        if (this == DUPLICATE_ANSWER && base.answers().isEmpty()) {
            base = base.withAnswers(List.of(new Answer("only-answer", Optional.empty(), List.of(), List.of(),
                    Optional.empty())));
        }
        List<Answer> answers = new ArrayList<>(base.answers());
        answers.add(answer(base, r));
        return new InvalidSubmission(base.withAnswers(answers), constraint,
                "/answers/" + (answers.size() - 1) + suffix, violation);
    }

    private static Answer withValue(IndicatorValue value) {
        return new Answer(BROKEN, Optional.of(value), List.of(), List.of(), Optional.empty());
    }

    private static Answer withEvidence(Evidence evidence) {
        return new Answer(BROKEN, Optional.empty(), List.of(evidence), List.of(), Optional.empty());
    }
}
