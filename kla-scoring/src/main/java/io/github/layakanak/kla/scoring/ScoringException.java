package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.KlaException;
import io.github.layakanak.kla.model.validation.Violation;
import java.util.List;

/**
 * A submission that cannot be scored under a rule pack: it breaks an admissibility rule of the model (a
 * percentage above 100, a regulation found valid without its number and date, ...), or something only the pack
 * can tell (it is for another year, names a region the pack's region list does not have, answers an indicator or
 * a question the pack does not know, gives a value of a kind the rubric does not rate). Nothing is scored; the
 * exception lists every problem at its JSON pointer.
 */
public final class ScoringException extends KlaException {

    private static final long serialVersionUID = 1L;

    /** Every problem found, each at its JSON pointer. */
    @SuppressWarnings("serial") // List.copyOf gives a serializable list
    private final List<Violation> violations;

    /**
     * Creates an exception.
     *
     * @param packId     the pack that was asked to score
     * @param violations every problem, each at its JSON pointer
     */
    public ScoringException(String packId, List<Violation> violations) {
        super("Rule pack [" + requireNonNull(packId, "packId") + "] cannot score this submission:\n  - "
                + String.join("\n  - ", violations.stream().map(Violation::toString).toList()));
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns every problem found.
     *
     * @return the problems, by JSON pointer; each says what is expected there, in the language of the validator the
     *         engine was given
     */
    public List<Violation> violations() {
        return violations;
    }
}
