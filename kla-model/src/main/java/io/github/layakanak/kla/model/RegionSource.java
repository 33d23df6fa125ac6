package io.github.layakanak.kla.model;

import java.util.List;

/**
 * Regions of one's own, which every edition's {@link RegionRegistry} lists beside the Kemendagri's: a made-up
 * district for an app's tests or its training environment, which then validates and scores like a real one.
 *
 * <p>Register an implementation as a service: in {@code META-INF/services/io.github.layakanak.kla.model.RegionSource}
 * on the class path, or with {@code provides io.github.layakanak.kla.model.RegionSource with ...} in a module.
 * An app's test sources are the place for it, so that production never lists a test district. The registries read
 * the sources once, when an edition is first used, through the thread's context class loader.
 *
 * <pre>{@code
 * public final class TestRegions implements RegionSource {
 *     public List<Region> regions() {
 *         return List.of(new Region("99.01", "Kabupaten Contoh", "Provinsi Uji"));
 *     }
 * }
 * }</pre>
 *
 * <p>A region of one's own needs a code that no edition lists (province {@code 99} is free in every edition), a
 * name that starts with its kind ({@code Kabupaten} for {@code KK} 01-69, {@code Kota} for 71-99), and, in a
 * province the edition lists, that province's name. A source that breaks one of these stops the registry from
 * loading with a message naming the source and the region.
 */
public interface RegionSource {

    /**
     * Returns the regions to list beside the Kemendagri's.
     *
     * @return the regions; not {@code null}
     */
    List<Region> regions();
}
