package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.KlaException;
import java.util.List;

/**
 * A submission that the rule pack cannot score: it is for another year, names a region the pack's region list
 * does not have, answers an indicator or a question the pack does not know, or gives a value of a kind the
 * rubric does not rate. Nothing is scored; the message lists every problem at its JSON pointer.
 */
public final class ScoringException extends KlaException {

    private static final long serialVersionUID = 1L;

    /** Every problem found, each at its JSON pointer. */
    @SuppressWarnings("serial") // List.copyOf gives a serializable list
    private final List<String> problems;

    /**
     * Creates an exception.
     *
     * @param packId   the pack that was asked to score
     * @param problems every problem, each starting with its JSON pointer
     */
    public ScoringException(String packId, List<String> problems) {
        super("Rule pack [" + requireNonNull(packId, "packId") + "] cannot score this submission:\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns every problem found.
     *
     * @return the problems, each starting with its JSON pointer
     */
    public List<String> problems() {
        return problems;
    }
}
