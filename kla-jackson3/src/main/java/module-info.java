/**
 * A Jackson 3 module for kla's types: an app's own {@code tools.jackson} mapper reads and writes them as kla's own
 * reader does. (Named for the Jackson it serves, digit and all, as the artifact is.)
 */
@SuppressWarnings("module")
module io.github.layakanak.kla.jackson3 {
    requires transitive io.github.layakanak.kla.model;
    requires transitive tools.jackson.databind;
    requires static org.jspecify;

    exports io.github.layakanak.kla.jackson3;
}
