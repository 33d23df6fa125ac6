package io.github.layakanak.kla.scoring;

import io.github.layakanak.kla.model.KlaException;

/**
 * No rule pack governs the year, or has the id, that was asked for. The message lists what exists and how to
 * add a pack.
 */
public final class RulePackNotFoundException extends KlaException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what was asked for, what exists and what to do next
     */
    public RulePackNotFoundException(String message) {
        super(message);
    }
}
