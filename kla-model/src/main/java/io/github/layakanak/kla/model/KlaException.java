package io.github.layakanak.kla.model;

/**
 * The root of every domain failure kla reports: an unknown region, an inadmissible submission, a broken or
 * missing rule pack.
 *
 * <p>Messages put the offending values in brackets and say what to do next, for example
 * {@code Unknown region code [99.99] in edition [KEMENDAGRI_2021]}. Misuse of the API (a {@code null}
 * argument, an out-of-range parameter) is reported with the JDK's own exceptions instead.
 */
public class KlaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong and what to do next
     */
    public KlaException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong and what to do next
     * @param cause   the underlying failure
     */
    public KlaException(String message, Throwable cause) {
        super(message, cause);
    }
}
