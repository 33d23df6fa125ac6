package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.KlaException;
import java.util.List;

/**
 * A rule pack that cannot be used: its parameters file is missing or malformed, or the linter found problems
 * (weights that do not add up, rank bands with gaps, a rubric that leaves answers unscored, a number without
 * provenance). The message lists every problem, each with the JSON pointer of its place in the parameters.
 */
public final class RulePackException extends KlaException {

    private static final long serialVersionUID = 1L;

    /** The pack's id, or the resource it was read from. */
    private final String pack;

    /** Every problem found. */
    @SuppressWarnings("serial") // List.copyOf gives a serializable list
    private final List<String> problems;

    /**
     * Creates an exception.
     *
     * @param pack     the pack's id, or the resource it was read from
     * @param problems every problem found, each naming its place
     */
    public RulePackException(String pack, List<String> problems) {
        super(message(pack, problems));
        this.pack = pack;
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates an exception for a pack that could not be read at all.
     *
     * @param pack    the pack's id, or the resource it was read from
     * @param problem what went wrong
     * @param cause   the underlying failure
     */
    public RulePackException(String pack, String problem, Throwable cause) {
        super(message(pack, List.of(problem)), cause);
        this.pack = pack;
        this.problems = List.of(problem);
    }

    private static String message(String pack, List<String> problems) {
        requireNonNull(pack, "pack");
        return "Rule pack [" + pack + "] is broken (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n  - " + String.join("\n  - ", problems);
    }

    /**
     * Returns the pack's id, or the resource it was read from.
     *
     * @return the pack
     */
    public String pack() {
        return pack;
    }

    /**
     * Returns every problem found, each naming its place by JSON pointer.
     *
     * @return the problems
     */
    public List<String> problems() {
        return problems;
    }
}
