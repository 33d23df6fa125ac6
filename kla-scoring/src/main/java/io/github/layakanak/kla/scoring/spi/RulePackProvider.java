package io.github.layakanak.kla.scoring.spi;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.scoring.pack.RulePack;
import java.util.List;
import java.util.Optional;

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
 *
 * <p>A provider that also {@linkplain #declaration() declares} its pack's id and years lets discovery leave the
 * pack unread until it is asked for, so that an app scoring one year does not read and lint every year's pack.
 */
public interface RulePackProvider {

    /**
     * Returns the pack. Called at most once per discovery; the provider may load it each time.
     *
     * @return the pack
     * @throws io.github.layakanak.kla.scoring.RulePackException if the pack's parameters are broken
     */
    RulePack rulePack();

    /**
     * Declares the pack's id and years without loading it. Discovery then calls {@link #rulePack()} only when the
     * pack is first asked for, by year, by id or in the list of all packs, and checks that the pack has the id and
     * years declared. Empty, the default, has discovery load the pack at once.
     *
     * @return the declaration, or empty
     */
    default Optional<Declaration> declaration() {
        return Optional.empty();
    }

    /**
     * What a provider declares of its pack before loading it.
     *
     * @param id    the pack's id, such as {@code kla-2022}
     * @param years the assessment years it governs, as {@link RulePack#years()} lists them
     */
    record Declaration(String id, List<Integer> years) {

        /**
         * Creates a declaration.
         *
         * @param id    the pack's id
         * @param years the years it governs
         * @throws NullPointerException if an argument or a year is null
         */
        public Declaration {
            requireNonNull(id, "id");
            years = List.copyOf(requireNonNull(years, "years"));
        }
    }
}
