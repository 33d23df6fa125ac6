/**
 * The rule pack of the 2022 KLA evaluation (Perpres 25/2021: Kelembagaan and five clusters, 24 indicators).
 *
 * <p>Every number in the pack carries its provenance: OFFICIAL with its regulation, SOURCED with the public
 * copy it comes from, or HYPOTHETICAL with the reason it stands in for a table the ministry has not published.
 */
module io.github.layakanak.kla.rules.y2022 {
    requires transitive io.github.layakanak.kla.scoring;
    requires static org.jspecify;

    // Its package is exported when the issue that fills this module lands.
}
