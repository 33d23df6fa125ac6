package io.github.layakanak.kla.model.internal;

import io.github.layakanak.kla.model.QuestionAnswer;
import io.github.layakanak.kla.model.validation.AnswerGiven;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link AnswerGiven}. */
public final class AnswerGivenValidator implements ConstraintValidator<AnswerGiven, QuestionAnswer> {

    /** Creates the validator; the Jakarta Validation provider calls this. */
    public AnswerGivenValidator() {
    }

    @Override
    public boolean isValid(QuestionAnswer answer, ConstraintValidatorContext context) {
        return answer.option().isPresent() || answer.value().isPresent() || answer.awardedPoints().isPresent();
    }
}
