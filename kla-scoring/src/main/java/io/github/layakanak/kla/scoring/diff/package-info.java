/**
 * What changes between two rule packs, and whom it moves: {@link io.github.layakanak.kla.scoring.diff.PackDiff}
 * lists the indicators added, removed and changed (matched by stable id) and every changed rule of the pack
 * (maxima, rubrics, evidence requirements, questions, provenance, rank bands, gate, rank conditions), and
 * {@link io.github.layakanak.kla.scoring.diff.Replay} scores a set of submissions under both packs and reports
 * each district's change of total and rank, with a summary per rank.
 *
 * <p>Both are structured data, in the packs' order; they say nothing in words.
 * {@link io.github.layakanak.kla.scoring.diff.DiffExplainer} renders them in Indonesian or English from kla's
 * bundle, as the {@link io.github.layakanak.kla.scoring.Explainer} renders a scorecard.
 */
@NullMarked
package io.github.layakanak.kla.scoring.diff;

import org.jspecify.annotations.NullMarked;
