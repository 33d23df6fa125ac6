/**
 * The rule pack of the 2022 KLA evaluation (Perpres 25/2021: Kelembagaan and five clusters, 24 indicators).
 *
 * <p>Every number in the pack carries its provenance: OFFICIAL with its regulation, SOURCED with the public
 * copy it comes from, or HYPOTHETICAL with the reason it stands in for a table the ministry has not published.
 */
module io.github.layakanak.kla.rules.y2022 {
    requires transitive io.github.layakanak.kla.scoring;
    requires static org.jspecify;

    exports io.github.layakanak.kla.rules.y2022;

    // The loader in kla-scoring reads the parameters file, kla-2022.json, from this package.
    opens io.github.layakanak.kla.rules.y2022 to io.github.layakanak.kla.scoring;

    provides io.github.layakanak.kla.scoring.spi.RulePackProvider
            with io.github.layakanak.kla.rules.y2022.Kla2022;
}
