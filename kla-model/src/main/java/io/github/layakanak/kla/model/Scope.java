package io.github.layakanak.kla.model;

/**
 * The level of government a question of the instrument is asked about.
 */
public enum Scope {
    /** The regency or city as a whole. */
    KABUPATEN_KOTA,
    /** Its sub-districts (kecamatan). */
    KECAMATAN,
    /** Its villages (desa) and urban villages (kelurahan). */
    DESA
}
