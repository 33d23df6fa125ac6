package io.github.layakanak.kla.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value kla's own readers refuse, worded for the user already: Jackson adds the path as it unwinds, and
 * {@link Json#formatProblem} takes the message as it is.
 */
final class InputProblem extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    InputProblem(JsonParser parser, String problem) {
        super(parser, problem);
    }
}
