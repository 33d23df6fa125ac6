package io.github.layakanak.kla.model.internal;

import io.github.layakanak.kla.model.Answer;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.validation.UniqueAnswers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validates {@link UniqueAnswers}: every answer after the first for an indicator is one violation. */
public final class UniqueAnswersValidator implements ConstraintValidator<UniqueAnswers, Submission> {

    /** Creates the validator; the Jakarta Validation provider calls this. */
    public UniqueAnswersValidator() {
    }

    @Override
    public boolean isValid(Submission submission, ConstraintValidatorContext context) {
        List<Answer> answers = submission.answers();
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < answers.size(); i++) {
            if (!seen.add(answers.get(i).indicator())) {
                valid = false;
                Violations.report(context).addPropertyNode("answers")
                        .addPropertyNode("indicator").inIterable().atIndex(i)
                        .addConstraintViolation();
            }
        }
        return valid;
    }
}
