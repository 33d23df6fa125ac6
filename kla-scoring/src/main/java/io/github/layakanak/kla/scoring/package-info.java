/**
 * The KLA scoring engine: turns a district's submission into a scorecard under a yearly rule pack.
 *
 * <p>The engine is pure: it does no I/O, holds no mutable state and gives the same scorecard, to the byte,
 * for the same pack and submission. The engine arrives with the scoring issue; this package holds what the
 * other modules already share.
 */
@NullMarked
package io.github.layakanak.kla.scoring;

import org.jspecify.annotations.NullMarked;
