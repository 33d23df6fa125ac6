/**
 * The rule pack of the 31-indicator KLA system (Permen PP&amp;PA 12/2011): seven institutional indicators and 24
 * in the five clusters (3, 3, 9, 5 and 4), scored out of 1000, with the rank conditions a regency reported for
 * that era (Pratama needed 17 components at 70% of their maximum or more, Madya 21, Nindya 25).
 *
 * <p>{@link io.github.layakanak.kla.rules.y2011.Kla2011} provides the pack to
 * {@link io.github.layakanak.kla.scoring.RulePacks#discover()} for the assessment year 2017, the last round of the 31 indicators.
 */
@NullMarked
package io.github.layakanak.kla.rules.y2011;

import org.jspecify.annotations.NullMarked;
