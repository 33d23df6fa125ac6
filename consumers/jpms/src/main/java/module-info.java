/**
 * A plain app on the module path: it requires kla's engine and packs by their module names and finds the packs as
 * services.
 */
module io.github.layakanak.consumers.jpms {
    requires io.github.layakanak.kla.scoring;
    requires io.github.layakanak.kla.rules.y2022;
    requires io.github.layakanak.kla.rules.y2024;

    exports io.github.layakanak.consumers.jpms;
}
