package io.github.layakanak.consumers.spring;

import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.validation.SubmissionValidator;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers bad input with 400 and its problems, each at its JSON pointer, in the request's language
 * ({@code Accept-Language}: Indonesian or English).
 */
@RestControllerAdvice
public class ProblemAdvice {

    /**
     * One problem of the request: where, as a JSON pointer into the body, and what is wrong there.
     *
     * @param pointer the JSON pointer; empty for the body as a whole
     * @param message what is wrong and what was expected, in the request's language
     */
    public record Problem(String pointer, String message) {
    }

    /**
     * The body of a 400 answer.
     *
     * @param problems every problem found
     */
    public record Problems(List<Problem> problems) {
    }

    private final Validator validator;

    /**
     * Creates the advice.
     *
     * @param validator Boot's validator, whose messages follow the request's locale
     */
    public ProblemAdvice(Validator validator) {
        this.validator = validator;
    }

    /**
     * A submission that breaks kla's rules (or a remark that breaks the app's): Boot's validator judged it, in the
     * request's locale; kla's {@link SubmissionValidator#using(Validator)} gives a submission's violations at their
     * JSON pointers, with that same validator's messages.
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Problems invalid(MethodArgumentNotValidException e) {
        if (e.getBindingResult().getTarget() instanceof Submission submission) {
            return new Problems(SubmissionValidator.using(validator).validate(submission).stream()
                    .map(v -> new Problem(v.pointer(), v.message()))
                    .toList());
        }
        return new Problems(e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problem("/" + f.getField(), String.valueOf(f.getDefaultMessage())))
                .toList());
    }

    /**
     * A body that is not a well-formed submission. kla's module refused it with a Jackson exception (Jackson 2's
     * {@code KlaJsonMappingException}, Jackson 3's {@code KlaDatabindException}) caused by kla's
     * {@link JsonFormatException}: every problem at its pointer, with its words in both languages.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Problems unreadable(HttpMessageNotReadableException e, Locale locale) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonFormatException kla) {
                return new Problems(kla.problems().stream()
                        .map(p -> new Problem(p.pointer(), p.problem(locale)))
                        .toList());
            }
        }
        return new Problems(List.of(new Problem("", "id".equals(locale.getLanguage())
                ? "isi permintaan bukan JSON yang dapat dibaca" : "the request body is not readable JSON")));
    }
}
