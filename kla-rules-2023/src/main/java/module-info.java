/**
 * The rule pack of the 2023 KLA evaluation: the 2022 pack's indicators, weights and bands, with the round of
 * 2023, in which the provinces did the administrative verification.
 *
 * <p>Every number in the pack carries its provenance: OFFICIAL with its regulation, SOURCED with the public
 * copy it comes from, or HYPOTHETICAL with the reason it stands in for a table the ministry has not published.
 */
module io.github.layakanak.kla.rules.y2023 {
    requires transitive io.github.layakanak.kla.scoring;
    requires io.github.layakanak.kla.rules.y2022;
    requires static org.jspecify;

    exports io.github.layakanak.kla.rules.y2023;

    provides io.github.layakanak.kla.scoring.spi.RulePackProvider
            with io.github.layakanak.kla.rules.y2023.Kla2023;
}
