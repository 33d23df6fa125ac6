/**
 * The rule pack of the 2024 KLA evaluation cycle (2023 data, ranks awarded in 2025): Kelembagaan, five clusters
 * and Kelana/Dekela, 31 indicator rows and the 274 questions of the self-assessment recap.
 *
 * <p>Every number in the pack carries its provenance: the maxima are SOURCED from a district's transcription of
 * the recap, the points per answer option are HYPOTHETICAL, each with the reason it stands in.
 */
module io.github.layakanak.kla.rules.y2024 {
    requires transitive io.github.layakanak.kla.scoring;
    requires static org.jspecify;

    exports io.github.layakanak.kla.rules.y2024;

    // The loader in kla-scoring reads the parameters file, kla-2024.json, from this package.
    opens io.github.layakanak.kla.rules.y2024 to io.github.layakanak.kla.scoring;

    provides io.github.layakanak.kla.scoring.spi.RulePackProvider
            with io.github.layakanak.kla.rules.y2024.Kla2024;
}
