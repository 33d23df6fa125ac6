/**
 * The KLA scoring engine: turns a district's submission into a scorecard under a yearly rule pack, and finds
 * the pack of a year.
 *
 * <p>The engine is pure: it does no I/O, holds no mutable state and gives the same scorecard, to the byte,
 * for the same pack and submission. Every failure it reports is a {@link io.github.layakanak.kla.model.KlaException}.
 */
@NullMarked
package io.github.layakanak.kla.scoring;

import org.jspecify.annotations.NullMarked;
