package io.github.layakanak.kla.scoring.spi;

import io.github.layakanak.kla.scoring.pack.RulePack;

/**
 * What a rule-pack module provides: one pack, usually loaded from a parameters file beside the provider.
 *
 * <pre>{@code
 * public final class Kla2022 implements RulePackProvider {
 *     public RulePack rulePack() {
 *         try (InputStream in = Kla2022.class.getResourceAsStream("kla-2022.json")) {
 *             return RulePackLoader.create().load(in, "kla-2022.json");
 *         } catch (IOException e) {
 *             throw new UncheckedIOException(e);
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Register the provider in {@code module-info.java} ({@code provides RulePackProvider with Kla2022}) and
 * in {@code META-INF/services/io.github.layakanak.kla.scoring.spi.RulePackProvider}, so that
 * {@link io.github.layakanak.kla.scoring.RulePacks#discover()} finds it on the module path and on the class
 * path.
 */
public interface RulePackProvider {

    /**
     * Returns the pack. Called once per discovery; the provider may load it each time.
     *
     * @return the pack
     * @throws io.github.layakanak.kla.scoring.RulePackException if the pack's parameters are broken
     */
    RulePack rulePack();
}
