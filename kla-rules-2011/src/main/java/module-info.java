/**
 * The rule pack of the 31-indicator KLA system of Permen PP&amp;PA 12/2011, which governed the rounds up to 2017.
 *
 * <p>Every number in the pack carries its provenance: OFFICIAL with its regulation, SOURCED with the public
 * copy it comes from, or HYPOTHETICAL with the reason it stands in for a table the ministry has not published.
 */
module io.github.layakanak.kla.rules.y2011 {
    requires transitive io.github.layakanak.kla.scoring;
    requires static org.jspecify;

    exports io.github.layakanak.kla.rules.y2011;
    opens io.github.layakanak.kla.rules.y2011 to io.github.layakanak.kla.scoring;

    provides io.github.layakanak.kla.scoring.spi.RulePackProvider
            with io.github.layakanak.kla.rules.y2011.Kla2011;
}
