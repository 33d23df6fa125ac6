package io.github.layakanak.kla.model;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A kabupaten or kota as one edition of the Kemendagri code list names it.
 *
 * <p>Names are kept as the edition writes them: Batam is {@code "KOTA BATAM"} in
 * {@link RegionEdition#KEMENDAGRI_2021} and {@code "Kota Batam"} in {@link RegionEdition#KEMENDAGRI_2025}.
 * Look regions up with {@link RegionRegistry} rather than building them by hand. A region is serializable so
 * that the exceptions carrying one are; deserializing goes through the validating constructor.
 *
 * @param code     the Kemendagri code {@code PP.KK}, such as {@code "21.71"}
 * @param name     the region's name as listed in the edition, such as {@code "Kota Batam"}
 * @param province the province's name as listed in the edition, such as {@code "Kepulauan Riau"}
 * @serial exclude
 */
// Excluded from the serialized-form page: its fields are the components above, and javadoc 17 would ask for
// each to be commented again.
public record Region(String code, @NotBlank(message = "{kla.RegionName.message}") String name,
        @NotBlank(message = "{kla.ProvinceName.message}") String province) implements Serializable {

    private static final Pattern CODE = Pattern.compile("\\d{2}\\.(0[1-9]|[1-6]\\d|7[1-9]|[89]\\d)");

    /**
     * Creates a region.
     *
     * @param code     the Kemendagri code {@code PP.KK}
     * @param name     the region's name as listed in the edition
     * @param province the province's name as listed in the edition
     * @throws NullPointerException     if any argument is {@code null}
     * @throws IllegalArgumentException if {@code code} is not {@code PP.KK} with {@code KK} in 01-69 or 71-99
     */
    public Region {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(province, "province");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "code must be PP.KK with KK in 01-69 (kabupaten) or 71-99 (kota), but was [%s]", code));
        }
    }

    /**
     * Returns whether this region is a kabupaten or a kota, as its code says.
     *
     * @return {@link RegionKind#KABUPATEN} for {@code KK} 01-69, {@link RegionKind#KOTA} for 71-99
     */
    public RegionKind kind() {
        return Integer.parseInt(code.substring(3)) < 70 ? RegionKind.KABUPATEN : RegionKind.KOTA;
    }

    /**
     * Returns the code of the province the region belongs to.
     *
     * @return the province code {@code PP}, such as {@code "21"}
     */
    public String provinceCode() {
        return code.substring(0, 2);
    }
}
