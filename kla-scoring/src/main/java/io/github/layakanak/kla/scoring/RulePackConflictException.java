package io.github.layakanak.kla.scoring;

import io.github.layakanak.kla.model.KlaException;

/**
 * Two rule packs claim the same assessment year or the same id. kla never picks one silently: remove one of
 * the artifacts, or register the packs explicitly.
 */
public final class RulePackConflictException extends KlaException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message which packs conflict, with their providers
     */
    public RulePackConflictException(String message) {
        super(message);
    }
}
