package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The rule packs an app can score with, found by assessment year or by id.
 *
 * <p>Packs come from rule-pack artifacts on the module path or the class path, found through
 * {@link ServiceLoader}, or are registered explicitly:
 *
 * <pre>{@code
 * RulePack pack = RulePacks.discover().forYear(2022);          // kla-rules-2022 on the path
 * RulePacks mine = RulePacks.of(RulePackLoader.create().load(Path.of("my-pack.json")));
 * }</pre>
 *
 * <p>Two packs that claim the same year, or the same id, are an error, never a silent priority: the
 * {@link RulePackConflictException} names both and where they came from. A registry is immutable and
 * thread-safe; {@link #with(RulePack)} returns a new one. Packs registered explicitly are used as given (a pack
 * read by {@link io.github.layakanak.kla.scoring.spi.RulePackLoader} has been linted; one built in Java has
 * not).
 */
public final class RulePacks {

    private static final String EXPLICIT = "registered explicitly";

    private static final Comparator<Entry> ORDER = Comparator
            .comparingInt((Entry e) -> e.pack().years().stream().mapToInt(Integer::intValue).min()
                    .orElse(Integer.MAX_VALUE))
            .thenComparing(e -> e.pack().id());

    /** A pack and where it came from: a provider's class name, or {@value #EXPLICIT}. */
    private record Entry(RulePack pack, String origin) {
    }

    private final List<Entry> entries;

    private RulePacks(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        Map<Integer, Entry> byYear = new HashMap<>();
        Map<String, Entry> byId = new HashMap<>();
        for (Entry entry : sorted) {
            Entry sameId = byId.putIfAbsent(entry.pack().id(), entry);
            if (sameId != null) {
                throw conflict(sameId, entry, "both have id [" + entry.pack().id() + "]");
            }
            for (int year : new TreeSet<>(entry.pack().years())) {
                Entry sameYear = byYear.putIfAbsent(year, entry);
                if (sameYear != null) {
                    throw conflict(sameYear, entry, "both claim year [" + year + "]");
                }
            }
        }
        this.entries = List.copyOf(sorted);
    }

    /**
     * Finds the packs of the rule-pack artifacts on the module path and the class path, through
     * {@link ServiceLoader} with kla-scoring's class loader. Each provider is asked for its pack once.
     *
     * @return the packs found, possibly none
     * @throws RulePackConflictException if two packs claim the same year or the same id
     * @throws RulePackException         if a provider's pack is broken
     * @throws java.util.ServiceConfigurationError if a provider cannot be instantiated
     */
    public static RulePacks discover() {
        return collect(ServiceLoader.load(RulePackProvider.class, RulePacks.class.getClassLoader()));
    }

    /**
     * Finds the packs of the providers in a module layer and its ancestors, for an app that defines its own
     * layers (such as a plug-in host).
     *
     * @param layer the layer
     * @return the packs found, possibly none
     * @throws NullPointerException      if {@code layer} is null
     * @throws RulePackConflictException if two packs claim the same year or the same id
     * @throws RulePackException         if a provider's pack is broken
     * @throws java.util.ServiceConfigurationError if a provider cannot be instantiated
     */
    public static RulePacks discover(ModuleLayer layer) {
        return collect(ServiceLoader.load(requireNonNull(layer, "layer"), RulePackProvider.class));
    }

    /**
     * Registers packs explicitly, without discovery.
     *
     * @param packs the packs
     * @return the registry
     * @throws NullPointerException      if a pack is null
     * @throws RulePackConflictException if two packs claim the same year or the same id
     */
    public static RulePacks of(RulePack... packs) {
        return of(Arrays.asList(requireNonNull(packs, "packs")));
    }

    /**
     * Registers packs explicitly, without discovery.
     *
     * @param packs the packs
     * @return the registry
     * @throws NullPointerException      if the list or a pack is null
     * @throws RulePackConflictException if two packs claim the same year or the same id
     */
    public static RulePacks of(List<RulePack> packs) {
        requireNonNull(packs, "packs");
        List<Entry> entries = new ArrayList<>();
        for (RulePack pack : packs) {
            entries.add(new Entry(requireNonNull(pack, "pack"), EXPLICIT));
        }
        return new RulePacks(entries);
    }

    /**
     * Returns a registry that also holds a pack, registered explicitly.
     *
     * @param pack the pack
     * @return a new registry; this one is unchanged
     * @throws NullPointerException      if {@code pack} is null
     * @throws RulePackConflictException if the pack claims a year or an id another pack already has
     */
    public RulePacks with(RulePack pack) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(requireNonNull(pack, "pack"), EXPLICIT));
        return new RulePacks(more);
    }

    /**
     * Returns every pack, sorted by its first year, then by id.
     *
     * @return the packs
     */
    public List<RulePack> all() {
        return entries.stream().map(Entry::pack).toList();
    }

    /**
     * Returns the pack that governs an assessment year.
     *
     * @param year the year
     * @return the pack
     * @throws RulePackNotFoundException if no pack governs the year; the message lists the years covered
     */
    public RulePack forYear(int year) {
        return findForYear(year).orElseThrow(() -> new RulePackNotFoundException(String.format(Locale.ROOT,
                "No rule pack for year [%d]; available: %s. Add the kla-rules-%d artifact or register a pack "
                        + "with RulePacks.of(...)", year, years(), year)));
    }

    /**
     * Finds the pack that governs an assessment year.
     *
     * @param year the year
     * @return the pack, or empty when none governs it
     */
    public Optional<RulePack> findForYear(int year) {
        return entries.stream().map(Entry::pack).filter(p -> p.governs(year)).findFirst();
    }

    /**
     * Returns a pack by its id.
     *
     * @param id the id, such as {@code kla-2022}
     * @return the pack
     * @throws NullPointerException      if {@code id} is null
     * @throws RulePackNotFoundException if no pack has the id; the message lists the ids there are
     */
    public RulePack get(String id) {
        return find(id).orElseThrow(() -> new RulePackNotFoundException(String.format(Locale.ROOT,
                "No rule pack with id [%s]; available: %s. Add the pack's artifact or register it with "
                        + "RulePacks.of(...)", id, entries.stream().map(e -> e.pack().id()).toList())));
    }

    /**
     * Finds a pack by its id.
     *
     * @param id the id, such as {@code kla-2022}
     * @return the pack, or empty when none has the id
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<RulePack> find(String id) {
        requireNonNull(id, "id");
        return entries.stream().map(Entry::pack).filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return "RulePacks" + entries.stream().map(e -> e.pack().id() + " " + e.pack().years()).toList();
    }

    private List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        entries.forEach(e -> years.addAll(e.pack().years()));
        return List.copyOf(years);
    }

    private static RulePacks collect(ServiceLoader<RulePackProvider> loader) {
        List<Entry> entries = new ArrayList<>();
        loader.stream().forEach(provider -> entries.add(new Entry(requireNonNull(provider.get().rulePack(),
                () -> "provider " + provider.type().getName() + " returned no pack"),
                "provider " + provider.type().getName())));
        return new RulePacks(entries);
    }

    private static RulePackConflictException conflict(Entry first, Entry second, String what) {
        return new RulePackConflictException(String.format(Locale.ROOT, "Rule packs [%s] (%s) and [%s] (%s) %s; "
                + "kla never picks one silently. Remove one of the artifacts, or register the packs you want with "
                + "RulePacks.of(...)", first.pack().id(), first.origin(), second.pack().id(), second.origin(), what));
    }
}
