/**
 * Admissibility of a submission: the Jakarta Validation constraints on the model and a validator that reports
 * every violation at its JSON pointer, in English or Indonesian.
 *
 * <p>Admissibility is what a submission must satisfy before it is scored: percentages within 0-100, counts
 * not negative, at most one answer per indicator, no evidence dated after the submission, no regulation found
 * valid without its number and date. Whether an answer earns points is the rule pack's business, not this one.
 */
@NullMarked
package io.github.layakanak.kla.model.validation;

import org.jspecify.annotations.NullMarked;
