package io.github.layakanak.kla.model.validation;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.KlaException;
import io.github.layakanak.kla.model.Submission;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks that a submission is admissible and reports every rule it breaks, each at the JSON pointer of its
 * field.
 *
 * <pre>{@code
 * SubmissionValidator validator = SubmissionValidator.create(Locale.forLanguageTag("id"));
 * for (Violation v : validator.validate(submission)) {
 *     System.out.println(v);   // /answers/3/value/percent: harus berupa persentase antara 0 dan 100
 * }
 * }</pre>
 *
 * <p>The rules are Jakarta Validation constraints on the model's records, so an app may also validate with its
 * own {@link Validator}. This class uses the app's provider when there is one (Hibernate Validator 8 or 9, as
 * Spring Boot brings) and Hibernate Validator otherwise, and resolves its English and Indonesian messages
 * without an Expression Language implementation. A validator is thread-safe; create it once and keep it.
 */
public final class SubmissionValidator {

    private static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::pointer).thenComparing(Violation::constraint);

    private final Validator validator;
    private final Locale locale;

    private SubmissionValidator(Validator validator, Locale locale) {
        this.validator = validator;
        this.locale = locale;
    }

    /**
     * Creates a validator with English messages.
     *
     * @return the validator
     * @throws KlaException if no Jakarta Validation provider is on the class or module path
     */
    public static SubmissionValidator create() {
        return create(Locale.ENGLISH);
    }

    /**
     * Creates a validator with messages in a language: Indonesian ({@code id}) or English (any other). It reads
     * the constraints of a submission and of the values in it at once, which the provider would otherwise do in
     * the first validation.
     *
     * @param locale the language of the messages
     * @return the validator
     * @throws KlaException if no Jakarta Validation provider is on the class or module path
     */
    public static SubmissionValidator create(Locale locale) {
        requireNonNull(locale, "locale");
        try {
            Validator validator = Validation.byDefaultProvider().configure()
                    .messageInterpolator(new BundleMessageInterpolator(locale))
                    .buildValidatorFactory()
                    .getValidator();
            readConstraints(validator, Submission.class, new HashSet<>());
            return new SubmissionValidator(validator, locale);
        } catch (NoProviderFoundException e) {
            throw new KlaException("No Jakarta Validation provider found; add "
                    + "[org.hibernate.validator:hibernate-validator] to the runtime class path", e);
        } catch (ValidationException e) {
            throw new KlaException("The Jakarta Validation provider could not start: " + e.getMessage(), e);
        }
    }

    /** Has the provider read the constraints of a type and of the types it cascades to. */
    private static void readConstraints(Validator validator, Class<?> type, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (PropertyDescriptor property : validator.getConstraintsForClass(type).getConstrainedProperties()) {
            if (property.isCascaded()) {
                readConstraints(validator, property.getElementClass(), seen);
            }
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                if (element.isCascaded()) {
                    readConstraints(validator, element.getElementClass(), seen);
                }
            }
        }
    }

    /**
     * Wraps a validator the app has configured itself; its message interpolator then decides the messages.
     *
     * @param validator the app's validator
     * @return the submission validator
     */
    public static SubmissionValidator using(Validator validator) {
        return new SubmissionValidator(requireNonNull(validator, "validator"), Locale.ENGLISH);
    }

    /**
     * Returns the language of the messages this validator was created for, so that checks made beside it (such
     * as the scoring engine's) can speak the same language. A validator wrapping the app's own reports English.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Checks a submission against every admissibility rule.
     *
     * <p>A submission with more than {@link Submission#MAX_ANSWERS} answers gets that one violation, at once:
     * the other rules are not checked, so that the time taken stays small whatever the size of the input.
     *
     * @param submission the submission
     * @return every violation, ordered by JSON pointer; empty when the submission is admissible
     */
    public List<Violation> validate(Submission submission) {
        requireNonNull(submission, "submission");
        if (submission.answers().size() > Submission.MAX_ANSWERS) {
            return toViolations(validator.validateProperty(submission, "answers"));
        }
        return toViolations(validator.validate(submission));
    }

    static <T> List<Violation> toViolations(Set<ConstraintViolation<T>> violations) {
        return violations.stream()
                .map(v -> new Violation(pointer(v.getPropertyPath()), v.getMessage(),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
                .sorted(ORDER)
                .toList();
    }

    /** Turns a Jakarta Validation path ({@code answers[1].evidence[0].issuedOn}) into a JSON pointer. */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(String.valueOf(node.getKey())));
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                pointer.append('/').append(escape(name));
            }
        }
        return pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
