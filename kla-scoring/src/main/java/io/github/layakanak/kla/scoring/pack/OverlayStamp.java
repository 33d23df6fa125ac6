package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

/**
 * The official table, or other overlay, an app applied to a pack: its name, its SHA-256 and its provenance.
 *
 * @param name       the overlay's name, as the overlay file states it
 * @param sha256     the SHA-256 of the overlay file, 64 lower-case hexadecimal digits
 * @param provenance where the overlay's numbers come from
 */
public record OverlayStamp(String name, String sha256, Provenance provenance) {

    /**
     * Creates an overlay stamp.
     *
     * @param name       the overlay's name
     * @param sha256     its SHA-256
     * @param provenance its provenance
     * @throws NullPointerException if an argument is null
     */
    public OverlayStamp {
        requireNonNull(name, "name");
        requireNonNull(sha256, "sha256");
        requireNonNull(provenance, "provenance");
    }
}
