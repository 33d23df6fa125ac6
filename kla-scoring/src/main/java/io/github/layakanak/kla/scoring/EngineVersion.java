package io.github.layakanak.kla.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The engine's version, written into the jar by the build. */
final class EngineVersion {

    static final String VALUE = load();

    private EngineVersion() {
    }

    private static String load() {
        try (InputStream in = EngineVersion.class.getResourceAsStream("engine.properties")) {
            if (in == null) {
                throw new IllegalStateException("engine.properties is missing from the kla-scoring jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
