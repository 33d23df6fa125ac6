package io.github.layakanak.kla.model.internal;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Evidence;
import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.validation.EvidenceNotAfterSubmission;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Validates {@link EvidenceNotAfterSubmission}, for the evidence of each answer and of each of its questions.
 */
public final class EvidenceNotAfterSubmissionValidator
        implements ConstraintValidator<EvidenceNotAfterSubmission, Submission> {

    /** Creates the validator; the Jakarta Validation provider calls this. */
    public EvidenceNotAfterSubmissionValidator() {
    }

    @Override
    public boolean isValid(Submission submission, ConstraintValidatorContext context) {
        LocalDate submittedOn = submission.submittedOn();
        boolean valid = true;
        List<Answer> answers = submission.answers();
        for (int a = 0; a < answers.size(); a++) {
            List<Evidence> evidence = answers.get(a).evidence();
            for (int e = 0; e < evidence.size(); e++) {
                if (isAfter(evidence.get(e), submittedOn)) {
                    valid = false;
                    Violations.report(context).addPropertyNode("answers")
                            .addPropertyNode("evidence").inIterable().atIndex(a)
                            .addPropertyNode("issuedOn").inIterable().atIndex(e)
                            .addConstraintViolation();
                }
            }
            List<QuestionAnswer> questions = answers.get(a).questions();
            for (int q = 0; q < questions.size(); q++) {
                List<Evidence> questionEvidence = questions.get(q).evidence();
                for (int e = 0; e < questionEvidence.size(); e++) {
                    if (isAfter(questionEvidence.get(e), submittedOn)) {
                        valid = false;
                        Violations.report(context).addPropertyNode("answers")
                                .addPropertyNode("questions").inIterable().atIndex(a)
                                .addPropertyNode("evidence").inIterable().atIndex(q)
                                .addPropertyNode("issuedOn").inIterable().atIndex(e)
                                .addConstraintViolation();
                    }
                }
            }
        }
        return valid;
    }

    private static boolean isAfter(Evidence evidence, LocalDate submittedOn) {
        return evidence.issuedOn().filter(date -> date.isAfter(submittedOn)).isPresent();
    }
}
