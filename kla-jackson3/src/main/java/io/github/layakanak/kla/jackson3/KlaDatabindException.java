package io.github.layakanak.kla.jackson3;

import io.github.layakanak.kla.model.json.JsonFormatException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * kla's refusal of a value read through an app's own Jackson 3 mapper with {@link KlaJackson3Module}: a Jackson
 * {@code DatabindException}, so that the app's framework treats it as bad input (Spring answers 400), holding kla's
 * {@link JsonFormatException} with its JSON pointer and its words in both languages.
 */
public final class KlaDatabindException extends DatabindException {

    private static final long serialVersionUID = 1L;

    /** kla's refusal; not serialized with the exception, as Jackson's own processor is not. */
    private final transient JsonFormatException problem;

    KlaDatabindException(@Nullable JsonParser parser, JsonFormatException problem) {
        super(parser, problem.getMessage(), problem);
        this.problem = problem;
    }

    /**
     * Returns kla's refusal: where ({@link JsonFormatException#pointer()}) and what, in a language
     * ({@link JsonFormatException#problem(java.util.Locale)}).
     *
     * @return the refusal
     */
    public JsonFormatException problem() {
        return problem;
    }
}
