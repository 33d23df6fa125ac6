package io.github.layakanak.kla.model;

import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toUnmodifiableList;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The provinces and regencies/cities of one {@link RegionEdition}, looked up by Kemendagri code or by name.
 *
 * <p>Each edition is read once, on first use, from a list shipped in this jar (the {@code wilayah} data set by
 * Cahya DSN, MIT licensed; the notice ships beside the lists as {@code regions/LICENSE-wilayah.txt}).
 * Registries are immutable and safe to share between threads.
 *
 * <pre>{@code
 * RegionRegistry regions = RegionRegistry.of(RegionEdition.KEMENDAGRI_2025);
 * Region batam = regions.get("21.71");             // Kota Batam, Kepulauan Riau
 * Region bengkalis = regions.getByName("Kab. Bengkalis");
 * regions.findAllByName("Bekasi");                 // Kabupaten Bekasi and Kota Bekasi
 * }</pre>
 *
 * <p>Beside the Kemendagri's regions, a registry lists the regions of one's own that a {@link RegionSource}
 * registered as a service adds, such as a test district: they validate and score like the others.
 *
 * <p>Names match whatever their case, spacing and punctuation ({@code "KAB. TOLI TOLI"} is
 * {@code "Kabupaten Toli-Toli"}), with or without the prefix {@code Kab.}/{@code Kabupaten}/{@code Kota}, an
 * administrative {@code Adm.}/{@code Administrasi}, and with {@code Kep.} read as {@code Kepulauan}. A prefix
 * narrows the match to that kind of region.
 */
public final class RegionRegistry {

    private static final Map<RegionEdition, RegionRegistry> LOADED = new EnumMap<>(RegionEdition.class);

    private static final String HEADER = "code,name";
    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{2}\\.\\d{2}");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, RegionKind> KIND_PREFIXES =
            Map.of("KAB", RegionKind.KABUPATEN, "KABUPATEN", RegionKind.KABUPATEN, "KOTA", RegionKind.KOTA);
    private static final Set<String> ADMINISTRATIVE_PREFIXES = Set.of("ADM", "ADMINISTRASI");

    private final RegionEdition edition;
    private final Map<String, String> provinces;
    private final List<Region> regions;
    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> byName;

    private RegionRegistry(RegionEdition edition, Map<String, String> provinces, List<Region> regions) {
        this.edition = edition;
        this.provinces = Map.copyOf(provinces);
        this.regions = regions.stream().sorted(Comparator.comparing(Region::code)).collect(toUnmodifiableList());
        Map<String, Region> codes = new HashMap<>();
        Map<String, List<Region>> names = new HashMap<>();
        for (Region region : this.regions) {
            codes.put(region.code(), region);
            names.computeIfAbsent(NameKey.of(region.name()).body(), k -> new ArrayList<>()).add(region);
        }
        this.byCode = Map.copyOf(codes);
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byName = Map.copyOf(names);
    }

    /**
     * Returns the registry of an edition, reading its list on first use.
     *
     * @param edition the edition of the Kemendagri code list
     * @return the edition's registry; the same instance on every call
     * @throws NullPointerException  if {@code edition} is {@code null}
     * @throws IllegalStateException if the edition's list is missing from the jar or broken
     */
    public static RegionRegistry of(RegionEdition edition) {
        requireNonNull(edition, "edition");
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(edition, RegionRegistry::load);
        }
    }

    /**
     * Returns the edition this registry holds.
     *
     * @return the edition
     */
    public RegionEdition edition() {
        return edition;
    }

    /**
     * Returns every regency and city of the edition; provinces are not regions here.
     *
     * @return the regions, sorted by code; immutable
     */
    public List<Region> regions() {
        return regions;
    }

    /**
     * Finds the regency or city with a code.
     *
     * @param code the Kemendagri code {@code PP.KK}, such as {@code "21.71"}
     * @return the region, or empty if the edition has no regency or city with that code
     * @throws NullPointerException if {@code code} is {@code null}
     */
    public Optional<Region> find(String code) {
        return Optional.ofNullable(byCode.get(requireNonNull(code, "code")));
    }

    /**
     * Returns the regency or city with a code.
     *
     * @param code the Kemendagri code {@code PP.KK}, such as {@code "21.71"}
     * @return the region
     * @throws NullPointerException   if {@code code} is {@code null}
     * @throws UnknownRegionException if the edition has no regency or city with that code; the message names
     *                                the editions that do
     */
    public Region get(String code) {
        return find(code).orElseThrow(
                () -> new UnknownRegionException(code, edition, editionsWhere(r -> r.byCode.containsKey(code))));
    }

    /**
     * Returns the name of a province, as the edition lists it.
     *
     * @param provinceCode the Kemendagri province code {@code PP}, such as {@code "21"}
     * @return the province's name, such as {@code "Kepulauan Riau"}
     * @throws NullPointerException   if {@code provinceCode} is {@code null}
     * @throws UnknownRegionException if the edition has no province with that code
     */
    public String provinceName(String provinceCode) {
        requireNonNull(provinceCode, "provinceCode");
        String name = provinces.get(provinceCode);
        if (name == null) {
            throw new UnknownRegionException(provinceCode, edition,
                    editionsWhere(r -> r.provinces.containsKey(provinceCode)));
        }
        return name;
    }

    /**
     * Finds every regency and city a name fits. A bare name may fit both a kabupaten and a kota
     * ({@code "Bekasi"}); a prefix ({@code "Kota Bekasi"}) keeps only that kind.
     *
     * @param name a region's name, with or without its prefix, in any case, such as {@code "Kab. Bengkalis"}
     *             or {@code "bengkalis"}
     * @return the matching regions, sorted by code; empty if none; immutable
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public List<Region> findAllByName(String name) {
        NameKey key = NameKey.of(requireNonNull(name, "name"));
        return byName.getOrDefault(key.body(), List.of()).stream()
                .filter(region -> key.kind().map(kind -> kind == region.kind()).orElse(true))
                .collect(toUnmodifiableList());
    }

    /**
     * Returns the one regency or city a name fits.
     *
     * @param name a region's name, with or without its prefix, in any case, such as {@code "Kota Batam"} or
     *             {@code "Batam"}
     * @return the region
     * @throws NullPointerException          if {@code name} is {@code null}
     * @throws UnknownRegionNameException    if no region of the edition has that name
     * @throws AmbiguousRegionNameException if the name fits more than one region, such as {@code "Bekasi"};
     *                                       add {@code "Kabupaten"} or {@code "Kota"}
     */
    public Region getByName(String name) {
        List<Region> found = findAllByName(name);
        if (found.isEmpty()) {
            throw new UnknownRegionNameException(name, edition,
                    editionsWhere(r -> !r.findAllByName(name).isEmpty()));
        }
        if (found.size() > 1) {
            throw new AmbiguousRegionNameException(name, edition, found);
        }
        return found.get(0);
    }

    @Override
    public String toString() {
        return "RegionRegistry[" + edition + ", " + regions.size() + " regions]";
    }

    /** The message tail naming the other editions that know what was looked up. */
    static String listedIn(List<RegionEdition> editions) {
        return editions.isEmpty() ? ""
                : editions.stream().map(RegionEdition::name).collect(joining(", ", "; it exists in [", "]"));
    }

    private List<RegionEdition> editionsWhere(Predicate<RegionRegistry> lists) {
        return Arrays.stream(RegionEdition.values())
                .filter(other -> other != edition)
                .filter(other -> lists.test(of(other)))
                .collect(toUnmodifiableList());
    }

    private static RegionRegistry load(RegionEdition edition) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<RegionSource> sources = new ArrayList<>();
        ServiceLoader.load(RegionSource.class, loader == null ? RegionRegistry.class.getClassLoader() : loader)
                .forEach(sources::add);
        return shipped(edition).plus(sources);
    }

    /** The edition's list as shipped, without regions of one's own. */
    static RegionRegistry shipped(RegionEdition edition) {
        String resource = edition.resource();
        try (InputStream in = RegionRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "region list [%s] is missing for edition [%s]", resource, edition));
            }
            return parse(edition, resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "region list [%s] cannot be read", resource), e);
        }
    }

    /**
     * This registry with the regions of one's own that the sources add.
     *
     * @throws IllegalStateException if a source gives no list, a code the edition (or another source) already
     *                               lists, a name without its kind's prefix, or a province name that is not the
     *                               edition's for that province code
     */
    RegionRegistry plus(List<RegionSource> sources) {
        if (sources.isEmpty()) {
            return this;
        }
        Map<String, String> allProvinces = new LinkedHashMap<>(provinces);
        Map<String, Region> all = new LinkedHashMap<>(byCode);
        for (RegionSource source : sources) {
            String name = source.getClass().getName();
            List<Region> own = source.regions();
            if (own == null) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "region source [%s] returned null; return a list of regions", name));
            }
            for (Region region : own) {
                if (region == null) {
                    throw new IllegalStateException(String.format(Locale.ROOT,
                            "region source [%s] returned a null region", name));
                }
                Region listed = all.get(region.code());
                if (listed != null) {
                    throw new IllegalStateException(String.format(Locale.ROOT,
                            "region source [%s] adds [%s], which edition [%s] already lists as [%s]; "
                                    + "choose a code no edition lists, such as one of province 99",
                            name, region.code(), edition, listed.name()));
                }
                if (!NameKey.of(region.name()).kind().equals(Optional.of(region.kind()))) {
                    throw new IllegalStateException(String.format(Locale.ROOT,
                            "region source [%s] adds [%s] named [%s]; %s, whose name starts with [%s]",
                            name, region.code(), region.name(), region.kind() == RegionKind.KOTA
                                    ? "a code with KK 71-99 is a kota" : "a code with KK 01-69 is a kabupaten",
                            region.kind() == RegionKind.KOTA ? "Kota" : "Kabupaten"));
                }
                String province = allProvinces.putIfAbsent(region.provinceCode(), region.province());
                if (province != null && !letters(province).equals(letters(region.province()))) {
                    throw new IllegalStateException(String.format(Locale.ROOT,
                            "region source [%s] adds [%s] in province [%s], which edition [%s] names [%s]",
                            name, region.code(), region.province(), edition, province));
                }
                all.put(region.code(), region);
            }
        }
        return new RegionRegistry(edition, allProvinces, List.copyOf(all.values()));
    }

    private static String letters(String name) {
        return SEPARATORS.matcher(name.toUpperCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * Reads a list of {@code code,"name"} lines under a {@code code,name} header: provinces ({@code PP}) first,
     * then their regencies and cities ({@code PP.KK}), whose names start with their kind's prefix.
     */
    static RegionRegistry parse(RegionEdition edition, String resource, Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        Map<String, String> provinces = new LinkedHashMap<>();
        Map<String, Region> regions = new LinkedHashMap<>();
        String line = reader.readLine();
        if (!HEADER.equals(line)) {
            throw broken(resource, 1, "expected the header [" + HEADER + "] but was [" + line + "]");
        }
        for (int number = 2; (line = reader.readLine()) != null; number++) {
            int comma = line.indexOf(',');
            if (comma < 0) {
                throw broken(resource, number, "expected code,\"name\" but was [" + line + "]");
            }
            String code = line.substring(0, comma);
            String name = unquote(line.substring(comma + 1), resource, number);
            if (provinces.containsKey(code) || regions.containsKey(code)) {
                throw broken(resource, number, "duplicate code [" + code + "]");
            }
            if (PROVINCE_CODE.matcher(code).matches()) {
                provinces.put(code, name);
            } else if (REGION_CODE.matcher(code).matches()) {
                regions.put(code, region(code, name, provinces, resource, number));
            } else {
                throw broken(resource, number, "expected a code PP or PP.KK but was [" + code + "]");
            }
        }
        return new RegionRegistry(edition, provinces, List.copyOf(regions.values()));
    }

    private static Region region(String code, String name, Map<String, String> provinces, String resource,
            int number) {
        String province = provinces.get(code.substring(0, 2));
        if (province == null) {
            throw broken(resource, number, "region [" + code + "] comes before its province");
        }
        Region region;
        try {
            region = new Region(code, name, province);
        } catch (IllegalArgumentException e) {
            throw broken(resource, number, e.getMessage());
        }
        // The name's prefix is how a name lookup tells Kabupaten Bekasi from Kota Bekasi, so it must agree
        // with the code.
        if (!NameKey.of(name).kind().equals(Optional.of(region.kind()))) {
            throw broken(resource, number,
                    "name [" + name + "] does not start with the prefix of a " + region.kind().nameId());
        }
        return region;
    }

    /** The name of a quoted field, {@code "..."} with {@code ""} for a quote, or of a bare one. */
    private static String unquote(String field, String resource, int number) {
        String name = field;
        if (field.startsWith("\"")) {
            if (field.length() < 2 || !field.endsWith("\"")) {
                throw broken(resource, number, "unterminated quoted name [" + field + "]");
            }
            name = field.substring(1, field.length() - 1);
            if (name.replace("\"\"", "").contains("\"")) {
                throw broken(resource, number, "undoubled quote in name [" + field + "]");
            }
            name = name.replace("\"\"", "\"");
        } else if (field.contains("\"")) {
            throw broken(resource, number, "quote in unquoted name [" + field + "]");
        }
        // Lists carry stray spaces, e.g. "Kota Administrasi Jakarta Utara " in the 2025 edition.
        name = name.strip();
        if (name.isEmpty()) {
            throw broken(resource, number, "empty name");
        }
        return name;
    }

    private static IllegalStateException broken(String resource, int number, String problem) {
        return new IllegalStateException(String.format(Locale.ROOT,
                "region list [%s] is broken at line %d: %s", resource, number, problem));
    }

    /**
     * A name reduced to what identifies it: the kind its prefix names, if any, and its remaining words in
     * upper case run together, so that case, spacing and punctuation do not matter.
     */
    private record NameKey(Optional<RegionKind> kind, String body) {

        static NameKey of(String name) {
            List<String> words = Stream.of(SEPARATORS.split(name.toUpperCase(Locale.ROOT)))
                    .filter(word -> !word.isEmpty())
                    .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
            Optional<RegionKind> kind = Optional.empty();
            if (!words.isEmpty() && KIND_PREFIXES.containsKey(words.get(0))) {
                kind = Optional.of(KIND_PREFIXES.get(words.remove(0)));
            }
            if (!words.isEmpty() && ADMINISTRATIVE_PREFIXES.contains(words.get(0))) {
                words.remove(0);
            }
            return new NameKey(kind, words.stream()
                    .map(word -> word.equals("KEP") ? "KEPULAUAN" : word)
                    .collect(joining()));
        }
    }
}
