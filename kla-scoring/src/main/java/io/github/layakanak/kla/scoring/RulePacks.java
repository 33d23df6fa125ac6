package io.github.layakanak.kla.scoring;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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
 * not). A discovered pack whose provider {@linkplain RulePackProvider#declaration() declares} its id and years is
 * loaded only when it is first asked for, once per registry.
 */
public final class RulePacks {

    private static final String EXPLICIT = "registered explicitly";

    private static final Comparator<Entry> ORDER = Comparator
            .comparingInt((Entry e) -> e.years().stream().mapToInt(Integer::intValue).min()
                    .orElse(Integer.MAX_VALUE))
            .thenComparing(Entry::id);

    /**
     * A pack, or the provider that loads it when first asked, and where it came from: a provider's class name, or
     * {@value #EXPLICIT}.
     */
    private static final class Entry {

        private final String id;
        private final List<Integer> years;
        private final String origin;
        private @Nullable Supplier<RulePack> provider;
        private @Nullable RulePack pack;
        private @Nullable RuntimeException failure;

        Entry(RulePack pack, String origin) {
            this.id = pack.id();
            this.years = pack.years();
            this.origin = origin;
            this.pack = pack;
        }

        Entry(RulePackProvider.Declaration declaration, Supplier<RulePack> provider, String origin) {
            this.id = declaration.id();
            this.years = declaration.years();
            this.origin = origin;
            this.provider = provider;
        }

        String id() {
            return id;
        }

        List<Integer> years() {
            return years;
        }

        String origin() {
            return origin;
        }

        synchronized RulePack pack() {
            if (pack == null && failure == null) {
                Supplier<RulePack> loader = requireNonNull(provider);
                provider = null;
                try {
                    RulePack loaded = requireNonNull(loader.get(), () -> origin + " returned no pack");
                    if (!loaded.id().equals(id) || !new TreeSet<>(loaded.years()).equals(new TreeSet<>(years))) {
                        throw new RulePackException(id, List.of(String.format(Locale.ROOT, "/: %s declares pack "
                                + "[%s] for years %s, but its pack is [%s] for years %s", origin, id, years,
                                loaded.id(), loaded.years())));
                    }
                    pack = loaded;
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return requireNonNull(pack);
        }
    }

    private final List<Entry> entries;

    private RulePacks(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        Map<Integer, Entry> byYear = new HashMap<>();
        Map<String, Entry> byId = new HashMap<>();
        for (Entry entry : sorted) {
            Entry sameId = byId.putIfAbsent(entry.id(), entry);
            if (sameId != null) {
                throw conflict(sameId, entry, "both have id [" + entry.id() + "]");
            }
            for (int year : new TreeSet<>(entry.years())) {
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
     * {@link ServiceLoader} with kla-scoring's class loader. Each provider is asked for its pack once: at once,
     * or, when it declares the pack's id and years, when the pack is first asked for (then a broken pack, or one
     * that is not what its provider declared, fails that request with a {@link RulePackException}).
     *
     * @return the packs found, possibly none
     * @throws RulePackConflictException if two packs claim the same year or the same id
     * @throws RulePackException         if the pack of a provider that declares nothing is broken
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
     * @throws RulePackException         if the pack of a provider that declares nothing is broken
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
     * @throws RulePackException if a pack, loaded now, is broken
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
     * @throws RulePackException         if the pack, loaded now, is broken
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
     * @throws RulePackException if the pack, loaded now, is broken
     */
    public Optional<RulePack> findForYear(int year) {
        return entries.stream().filter(e -> e.years().contains(year)).findFirst().map(Entry::pack);
    }

    /**
     * Returns a pack by its id.
     *
     * @param id the id, such as {@code kla-2022}
     * @return the pack
     * @throws NullPointerException      if {@code id} is null
     * @throws RulePackNotFoundException if no pack has the id; the message lists the ids there are
     * @throws RulePackException         if the pack, loaded now, is broken
     */
    public RulePack get(String id) {
        return find(id).orElseThrow(() -> new RulePackNotFoundException(String.format(Locale.ROOT,
                "No rule pack with id [%s]; available: %s. Add the pack's artifact or register it with "
                        + "RulePacks.of(...)", id, entries.stream().map(Entry::id).toList())));
    }

    /**
     * Finds a pack by its id.
     *
     * @param id the id, such as {@code kla-2022}
     * @return the pack, or empty when none has the id
     * @throws NullPointerException if {@code id} is null
     * @throws RulePackException    if the pack, loaded now, is broken
     */
    public Optional<RulePack> find(String id) {
        requireNonNull(id, "id");
        return entries.stream().filter(e -> e.id().equals(id)).findFirst().map(Entry::pack);
    }

    @Override
    public String toString() {
        return "RulePacks" + entries.stream().map(e -> e.id() + " " + e.years()).toList();
    }

    /**
     * Returns the years the packs govern, as they declare them, without loading any pack.
     *
     * @return the years, ascending, each once
     */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        entries.forEach(e -> years.addAll(e.years()));
        return List.copyOf(years);
    }

    private static RulePacks collect(ServiceLoader<RulePackProvider> loader) {
        Map<String, RulePackProvider> providers = new LinkedHashMap<>();
        loader.stream().forEach(found -> providers.put("provider " + found.type().getName(), found.get()));
        return collect(providers);
    }

    /** The packs of providers, keyed by where each came from: what discovery does with those it finds. */
    static RulePacks collect(Map<String, RulePackProvider> providers) {
        List<Entry> entries = new ArrayList<>();
        providers.forEach((origin, provider) -> {
            Optional<RulePackProvider.Declaration> declaration = provider.declaration();
            entries.add(declaration.isPresent() ? new Entry(declaration.get(), provider::rulePack, origin)
                    : new Entry(requireNonNull(provider.rulePack(), () -> origin + " returned no pack"), origin));
        });
        return new RulePacks(entries);
    }

    private static RulePackConflictException conflict(Entry first, Entry second, String what) {
        return new RulePackConflictException(String.format(Locale.ROOT, "Rule packs [%s] (%s) and [%s] (%s) %s; "
                + "kla never picks one silently. Remove one of the artifacts, or register the packs you want with "
                + "RulePacks.of(...)", first.id(), first.origin(), second.id(), second.origin(), what));
    }
}
