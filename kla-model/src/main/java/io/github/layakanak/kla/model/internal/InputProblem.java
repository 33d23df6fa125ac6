package io.github.layakanak.kla.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value kla's own readers refuse, worded for the user already: Jackson adds the path as it unwinds, and
 * {@link Json#formatProblem} takes the words as they are.
 */
final class InputProblem extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    /** The words; not serialized, as Jackson's exceptions hold a parser that is not either. */
    private final transient JsonWords words;

    InputProblem(JsonParser parser, JsonWords words) {
        super(parser, words.toString());
        this.words = words;
    }

    JsonWords words() {
        return words;
    }
}
