/**
 * Sample KLA submissions, bundled with their index: to start from, to try the command line and the reports on,
 * and to test with.
 *
 * <p>It needs only the model: no engine, no rule pack and no test framework. The testkit depends on it.
 */
module io.github.layakanak.kla.samples {
    requires transitive io.github.layakanak.kla.model;
    requires static org.jspecify;

    exports io.github.layakanak.kla.samples;
}
