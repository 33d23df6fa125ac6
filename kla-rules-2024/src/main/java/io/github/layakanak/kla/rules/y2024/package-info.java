/**
 * The rule pack of the 2024 KLA evaluation cycle: the round that scored districts' 2023 data and awarded its
 * ranks on 8 August 2025. Seven sections (Kelembagaan, clusters I to V, and Kelana/Dekela, the child-friendly
 * sub-districts and villages), 31 indicator rows coded 1 to 20, 21A to 24B, 25 and 26, and 274 questions, scored
 * out of 1000 and ranked Pratama (500-600) to KLA (901-1000), with the stage rules of the round and the 500-point
 * gate before field verification.
 *
 * <p>{@link io.github.layakanak.kla.rules.y2024.Kla2024} provides the pack to
 * {@link io.github.layakanak.kla.scoring.RulePacks#discover()}; its numbers live in the parameters file
 * {@code kla-2024.json} beside it, generated from the instrument's table of questions. The maxima of the sections,
 * indicators and questions are SOURCED from a district's transcription of the official "Rekap Penilaian Mandiri
 * KLA 2024"; the points each answer option earns are not published, so every fraction is a HYPOTHETICAL
 * stand-in. Indicators shared with the 2022 pack keep its stable ids, so scorecards of the two years line up.
 */
@NullMarked
package io.github.layakanak.kla.rules.y2024;

import org.jspecify.annotations.NullMarked;
