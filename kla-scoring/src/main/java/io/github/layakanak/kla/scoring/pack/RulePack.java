package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.VerificationStatus;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.internal.PackFormat;
import io.github.layakanak.kla.scoring.internal.PackLinter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one assessment year: the indicators and how each is scored, the section maxima, the rank bands,
 * the stage rules, the rounding policy and the provenance of every number.
 *
 * <p>A pack is immutable and thread-safe, and it is always consistent: there is one way to make one, the
 * {@link Builder}, whose {@link Builder#build()} lints the whole pack and refuses it with every problem at once.
 * Packs are normally read from a parameters file by {@link io.github.layakanak.kla.scoring.spi.RulePackLoader}
 * (which goes through the builder too), and found by year through {@link io.github.layakanak.kla.scoring.RulePacks}.
 * A pack's {@link #sha256()} is computed from its content, never given.
 */
public final class RulePack {

    private final String id;
    private final List<Integer> years;
    private final Message.Text name;
    private final Round round;
    private final RegionEdition regionEdition;
    private final Quantity totalMax;
    private final Rounding rounding;
    private final List<SectionRule> sections;
    private final List<IndicatorRule> indicators;
    private final RankBands bands;
    private final StageRules stageRules;
    private final Optional<Gate> gate;
    private final List<RankCondition> rankConditions;
    private final Optional<OverlayStamp> overlay;
    private final Map<String, IndicatorRule> byId;
    /** Computed on first use from the content, which never changes: the same for every thread that computes it. */
    private volatile @Nullable String sha256;

    private RulePack(Builder b, Optional<OverlayStamp> overlay) {
        List<String> missing = b.missing();
        if (!missing.isEmpty()) {
            throw new RulePackException(b.id, missing);
        }
        this.id = b.id;
        this.years = b.years;
        this.name = requireNonNull(b.name);
        this.round = requireNonNull(b.round);
        this.regionEdition = requireNonNull(b.regionEdition);
        this.totalMax = requireNonNull(b.totalMax);
        this.rounding = requireNonNull(b.rounding);
        this.sections = b.sections;
        this.indicators = b.indicators;
        this.bands = requireNonNull(b.bands);
        this.stageRules = requireNonNull(b.stageRules);
        this.gate = b.gate;
        this.rankConditions = b.rankConditions;
        this.overlay = overlay;
        Map<String, IndicatorRule> index = new HashMap<>();
        indicators.forEach(rule -> index.putIfAbsent(rule.id(), rule));
        this.byId = Map.copyOf(index);
        List<String> problems = PackLinter.lint(this);
        if (!problems.isEmpty()) {
            throw new RulePackException(id, problems);
        }
    }

    /**
     * Starts a pack. Most packs are read from their parameters file instead.
     *
     * <pre>{@code
     * RulePack pack = RulePack.builder("kla-2031").years(List.of(2031)).name(...).round(...) ... .build();
     * }</pre>
     *
     * @param id the pack's id, such as {@code kla-2022}
     * @return a builder
     * @throws NullPointerException if {@code id} is null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns a builder holding this pack's parts, to derive a changed pack (which is linted again when built).
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.years = years;
        b.name = name;
        b.round = round;
        b.regionEdition = regionEdition;
        b.totalMax = totalMax;
        b.rounding = rounding;
        b.sections = sections;
        b.indicators = indicators;
        b.bands = bands;
        b.stageRules = stageRules;
        b.gate = gate;
        b.rankConditions = rankConditions;
        return b;
    }

    /**
     * Returns the pack's id.
     *
     * @return the id, such as {@code kla-2022}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the assessment years the pack governs.
     *
     * @return the years, such as {@code [2022]}
     */
    public List<Integer> years() {
        return years;
    }

    /**
     * Tells whether the pack governs an assessment year.
     *
     * @param year the year
     * @return {@code true} when it does
     */
    public boolean governs(int year) {
        return years.contains(year);
    }

    /**
     * Returns the pack's name.
     *
     * @return the name in Indonesian and English
     */
    public Message.Text name() {
        return name;
    }

    /**
     * Returns the evaluation round the pack governs.
     *
     * @return the round
     */
    public Round round() {
        return round;
    }

    /**
     * Returns the edition of the region codes the pack expects submissions to use.
     *
     * @return the edition
     */
    public RegionEdition regionEdition() {
        return regionEdition;
    }

    /**
     * Returns the most points a district can earn.
     *
     * @return the total maximum, with provenance (1000 in every known round)
     */
    public Quantity totalMax() {
        return totalMax;
    }

    /**
     * Returns the rounding policy.
     *
     * @return the policy
     */
    public Rounding rounding() {
        return rounding;
    }

    /**
     * Returns the sections the pack scores, in order.
     *
     * @return the section rules
     */
    public List<SectionRule> sections() {
        return sections;
    }

    /**
     * Finds the rule of a section.
     *
     * @param cluster the section
     * @return its rule, or empty when the pack does not score it
     */
    public Optional<SectionRule> findSection(Cluster cluster) {
        requireNonNull(cluster, "cluster");
        for (SectionRule section : sections) {
            if (section.cluster() == cluster) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the indicators the pack scores, in the order of its instrument.
     *
     * @return the indicator rules
     */
    public List<IndicatorRule> indicators() {
        return indicators;
    }

    /**
     * Finds an indicator's rule by its stable id.
     *
     * @param indicatorId the indicator's stable id
     * @return the rule, or empty when the pack does not score that indicator
     */
    public Optional<IndicatorRule> findIndicator(String indicatorId) {
        return Optional.ofNullable(byId.get(requireNonNull(indicatorId, "indicatorId")));
    }

    /**
     * Returns an indicator's rule by its stable id.
     *
     * @param indicatorId the indicator's stable id
     * @return the rule
     * @throws IllegalArgumentException if the pack does not score that indicator
     */
    public IndicatorRule indicator(String indicatorId) {
        return findIndicator(indicatorId).orElseThrow(() -> new IllegalArgumentException(String.format(
                Locale.ROOT, "pack [%s] has no indicator [%s]", id, indicatorId)));
    }

    /**
     * Returns the rank bands.
     *
     * @return the bands
     */
    public RankBands bands() {
        return bands;
    }

    /**
     * Returns the rules of which evidence counts at which stage.
     *
     * @return the stage rules
     */
    public StageRules stageRules() {
        return stageRules;
    }

    /**
     * Tells whether the pack counts a status at a stage; shorthand for {@link StageRules#counts}.
     *
     * @param status the status
     * @param stage  the stage
     * @return {@code true} when evidence with that status counts
     */
    public boolean counts(VerificationStatus status, Stage stage) {
        return stageRules.counts(status, stage);
    }

    /**
     * Finds the gate a district must pass to go on to the field verification.
     *
     * @return the gate, or empty when the pack has none
     */
    public Optional<Gate> findGate() {
        return gate;
    }

    /**
     * Returns the rank conditions, enabled or not.
     *
     * @return the conditions
     */
    public List<RankCondition> rankConditions() {
        return rankConditions;
    }

    /**
     * Returns a copy with a rank condition switched on or off.
     *
     * @param conditionId the condition's id
     * @param enabled     whether it applies
     * @return the new pack, whose {@link #sha256()} differs when the switch changed anything
     * @throws IllegalArgumentException if the pack has no such condition
     */
    public RulePack withRankCondition(String conditionId, boolean enabled) {
        requireNonNull(conditionId, "conditionId");
        List<RankCondition> changed = new ArrayList<>();
        boolean found = false;
        for (RankCondition c : rankConditions) {
            found |= c.id().equals(conditionId);
            changed.add(c.id().equals(conditionId) ? c.withEnabled(enabled) : c);
        }
        if (!found) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "pack [%s] has no rank condition [%s]; "
                    + "it has %s", id, conditionId, rankConditions.stream().map(RankCondition::id).toList()));
        }
        if (changed.equals(rankConditions)) {
            return this;
        }
        return new RulePack(toBuilder().rankConditions(changed), overlay);
    }

    /**
     * Returns a copy with an overlay applied: the ministry's official table, say. The result is linted again and
     * carries the overlay's {@link OverlayStamp stamp}, so that a scorecard shows which table it was scored under.
     *
     * @param overlay the overlay
     * @return the overlaid pack
     * @throws RulePackException if the overlay is for another pack, sets a negative maximum (or a totalMax not above
     *                           0), names an indicator or a section the pack does not have, gives a rubric to an
     *                           indicator scored by questions, or leaves the pack
     *                           with problems (then the pointers are those of the overlaid parts in the pack)
     */
    public RulePack withOverlay(Overlay overlay) {
        requireNonNull(overlay, "overlay");
        List<String> problems = new ArrayList<>();
        if (!overlay.pack().equals(id)) {
            throw new RulePackException(overlay.name(), List.of(String.format(Locale.ROOT,
                    "/pack: the overlay is for pack [%s], but was applied to pack [%s]", overlay.pack(), id)));
        }
        // A negative number is the overlay's own mistake: reported at its place in the overlay, not as the sums it breaks.
        overlay.totalMax().filter(max -> max.signum() <= 0).ifPresent(max -> problems.add(String.format(Locale.ROOT,
                "/totalMax: totalMax must be above 0, but is %s", max.stripTrailingZeros().toPlainString())));
        overlay.sections().forEach((cluster, max) -> {
            if (max.signum() < 0) {
                problems.add(String.format(Locale.ROOT, "/sections/%s: a maximum must not be negative, but is %s",
                        cluster, max.stripTrailingZeros().toPlainString()));
            }
        });
        overlay.indicators().forEach((indicatorId, change) -> change.max().filter(max -> max.signum() < 0)
                .ifPresent(max -> problems.add(String.format(Locale.ROOT, "/indicators/%s/max: a maximum must not be "
                        + "negative, but is %s", indicatorId.replace("~", "~0").replace("/", "~1"),
                        max.stripTrailingZeros().toPlainString()))));
        if (!problems.isEmpty()) {
            throw new RulePackException(overlay.name(), problems);
        }
        Provenance provenance = overlay.provenance();
        Builder b = toBuilder();
        overlay.totalMax().ifPresent(max -> b.totalMax(new Quantity(max, provenance)));
        List<SectionRule> newSections = new ArrayList<>(sections);
        overlay.sections().forEach((cluster, max) -> {
            int i = indexOfSection(cluster);
            if (i < 0) {
                problems.add(String.format(Locale.ROOT, "/sections/%s: pack [%s] has no section [%s]; it has %s",
                        cluster, id, cluster, sections.stream().map(SectionRule::cluster).toList()));
            } else {
                newSections.set(i, new SectionRule(cluster, new Quantity(max, provenance)));
            }
        });
        List<IndicatorRule> newIndicators = new ArrayList<>(indicators);
        overlay.indicators().forEach((indicatorId, change) -> {
            String at = "/indicators/" + indicatorId.replace("~", "~0").replace("/", "~1");
            int i = indexOfIndicator(indicatorId);
            if (i < 0) {
                problems.add(String.format(Locale.ROOT, "%s: pack [%s] has no indicator [%s]", at, id, indicatorId));
                return;
            }
            IndicatorRule rule = newIndicators.get(i);
            if (change.max().isEmpty() && change.rubric().isEmpty()) {
                problems.add(at + ": an overlay entry must set max, rubric or both, but sets neither");
                return;
            }
            if (change.rubric().isPresent() && rule.byQuestions()) {
                problems.add(String.format(Locale.ROOT, "%s/rubric: indicator [%s] is scored by questions; an overlay "
                        + "can change its max but not give it a rubric", at, indicatorId));
                return;
            }
            newIndicators.set(i, new IndicatorRule(rule.indicator(),
                    change.max().map(max -> new Quantity(max, provenance)).orElse(rule.max()),
                    change.rubric().or(rule::rubric), rule.questions(), rule.capProvenance(),
                    rule.evidenceRequired()));
        });
        if (!problems.isEmpty()) {
            throw new RulePackException(overlay.name(), problems);
        }
        b.sections(newSections).indicators(newIndicators);
        overlay.bands().ifPresent(b::bands);
        return new RulePack(b, Optional.of(new OverlayStamp(overlay.name(), PackFormat.sha256(overlay),
                provenance)));
    }

    private int indexOfSection(Cluster cluster) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).cluster() == cluster) {
                return i;
            }
        }
        return -1;
    }

    private int indexOfIndicator(String indicatorId) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).id().equals(indicatorId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the SHA-256 of the pack's content: of its parameters in canonical form (keys sorted, numbers without
     * trailing zeros, every provenance written out), as {@link io.github.layakanak.kla.scoring.spi.RulePackLoader#write}
     * writes them. Every scorecard carries it, so that a score can be traced to the exact rules it was computed with.
     * It is computed the first time it is asked for (the first scoring, usually), not while the pack is read.
     *
     * @return 64 lower-case hexadecimal digits
     * @throws RulePackException if a rubric of the pack's own kind fails to write its parameters
     */
    public String sha256() {
        String hash = sha256;
        if (hash == null) {
            try {
                hash = PackFormat.sha256(this);
            } catch (RuntimeException e) {
                throw new RulePackException(id, "/: the pack's parameters cannot be written to hash them: " + e, e);
            }
            sha256 = hash;
        }
        return hash;
    }

    /**
     * Finds the overlay (such as the ministry's official weight table) applied to the pack.
     *
     * @return the overlay's stamp, or empty when the pack is as shipped
     */
    public Optional<OverlayStamp> findOverlay() {
        return overlay;
    }

    /**
     * Counts the pack's numbers by the kind of their provenance: maxima, fractions, thresholds, bands, gate.
     *
     * @return the count of each kind, every kind present
     */
    public Map<Provenance.Kind, Integer> provenanceCounts() {
        return provenanceSplit().all();
    }

    /**
     * Counts the pack's numbers by the kind of their provenance, separately for the maxima (the weights), the
     * rubrics (fractions, thresholds, targets) and the rules (rank bands, gate). The 2024-cycle pack's maxima are
     * SOURCED while its rubrics are HYPOTHETICAL; the split says so where one count would hide it.
     *
     * @return the split
     */
    public ProvenanceSplit provenanceSplit() {
        Map<Provenance.Kind, Integer> maxima = new EnumMap<>(Provenance.Kind.class);
        Map<Provenance.Kind, Integer> rubrics = new EnumMap<>(Provenance.Kind.class);
        Map<Provenance.Kind, Integer> rules = new EnumMap<>(Provenance.Kind.class);
        Consumer<Provenance> maximum = p -> maxima.merge(p.kind(), 1, Integer::sum);
        Consumer<Provenance> rubric = p -> rubrics.merge(p.kind(), 1, Integer::sum);
        maximum.accept(totalMax.provenance());
        sections.forEach(s -> maximum.accept(s.max().provenance()));
        for (IndicatorRule rule : indicators) {
            maximum.accept(rule.max().provenance());
            rule.rubric().ifPresent(r -> r.numbers(rubric));
            for (QuestionRule q : rule.questions()) {
                maximum.accept(q.maxProvenance());
                q.rubric().numbers(rubric);
            }
            rule.capProvenance().ifPresent(maximum);
        }
        bands.bands().forEach(b -> rules.merge(bands.provenance().kind(), 1, Integer::sum));
        gate.ifPresent(g -> rules.merge(g.threshold().provenance().kind(), 1, Integer::sum));
        return new ProvenanceSplit(maxima, rubrics, rules);
    }

    /**
     * Returns every provenance of the pack, by the place of its number or rule: {@code total max},
     * {@code rounding}, {@code round}, {@code bands}, {@code stages}, {@code gate}, {@code rank condition ID},
     * {@code section CLUSTER}, and per indicator {@code indicator CODE max}, {@code ... cap}, {@code ... rubric N}
     * and for its questions {@code ... question Q max} and {@code ... question Q rubric N}. For a check that every
     * source cites a public page, or a page that lists where the numbers come from.
     *
     * @return the provenances in the pack's order; immutable
     */
    public Map<String, Provenance> provenances() {
        Map<String, Provenance> found = new LinkedHashMap<>();
        found.put("total max", totalMax.provenance());
        found.put("rounding", rounding.provenance());
        found.put("round", round.provenance());
        found.put("bands", bands.provenance());
        found.put("stages", stageRules.provenance());
        gate.ifPresent(g -> found.put("gate", g.threshold().provenance()));
        rankConditions.forEach(c -> found.put("rank condition " + c.id(), c.provenance()));
        sections.forEach(s -> found.put("section " + s.cluster(), s.max().provenance()));
        for (IndicatorRule rule : indicators) {
            String at = "indicator " + rule.indicator().code();
            found.put(at + " max", rule.max().provenance());
            rule.capProvenance().ifPresent(p -> found.put(at + " cap", p));
            rule.rubric().ifPresent(r -> numbered(found, at + " rubric", r));
            for (QuestionRule question : rule.questions()) {
                found.put(at + " question " + question.code() + " max", question.maxProvenance());
                numbered(found, at + " question " + question.code() + " rubric", question.rubric());
            }
        }
        return Collections.unmodifiableMap(found);
    }

    private static void numbered(Map<String, Provenance> found, String at, Rubric rubric) {
        int[] n = {0};
        rubric.numbers(p -> found.put(at + " " + n[0]++, p));
    }

    /** The id, years and the start of the hash; a pack whose parameters cannot be written says so instead. */
    @Override
    public String toString() {
        String hash;
        try {
            hash = sha256().substring(0, 12);
        } catch (RulePackException e) {
            hash = "unavailable";
        }
        return "RulePack[" + id + ", years " + years + ", sha256 " + hash + "]";
    }

    /**
     * Builds a pack: the one way to make one. Each setter refuses a null at once; {@link #build()} checks the
     * whole and refuses a pack with problems, listing every one with the JSON pointer of its place (as if the pack
     * were written as a parameters file).
     */
    public static final class Builder {

        private final String id;
        private List<Integer> years = List.of();
        private Message.@Nullable Text name;
        private @Nullable Round round;
        private @Nullable RegionEdition regionEdition;
        private @Nullable Quantity totalMax;
        private @Nullable Rounding rounding;
        private List<SectionRule> sections = List.of();
        private List<IndicatorRule> indicators = List.of();
        private @Nullable RankBands bands;
        private @Nullable StageRules stageRules;
        private Optional<Gate> gate = Optional.empty();
        private List<RankCondition> rankConditions = List.of();

        private Builder(String id) {
            this.id = requireNonNull(id, "id");
        }

        /**
         * Sets the years the pack governs.
         *
         * @param value the years
         * @return this builder
         * @throws NullPointerException if the list or a year is null
         */
        public Builder years(List<Integer> value) {
            this.years = List.copyOf(value);
            return this;
        }

        /**
         * Sets the pack's name.
         *
         * @param value the name in Indonesian and English
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder name(Message.Text value) {
            this.name = requireNonNull(value, "name");
            return this;
        }

        /**
         * Sets the round.
         *
         * @param value the round
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder round(Round value) {
            this.round = requireNonNull(value, "round");
            return this;
        }

        /**
         * Sets the region edition.
         *
         * @param value the edition
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder regionEdition(RegionEdition value) {
            this.regionEdition = requireNonNull(value, "regionEdition");
            return this;
        }

        /**
         * Sets the total maximum.
         *
         * @param value the maximum
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder totalMax(Quantity value) {
            this.totalMax = requireNonNull(value, "totalMax");
            return this;
        }

        /**
         * Sets the rounding policy.
         *
         * @param value the policy
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder rounding(Rounding value) {
            this.rounding = requireNonNull(value, "rounding");
            return this;
        }

        /**
         * Sets the sections.
         *
         * @param value the sections, in order
         * @return this builder
         * @throws NullPointerException if the list or a section is null
         */
        public Builder sections(List<SectionRule> value) {
            this.sections = List.copyOf(value);
            return this;
        }

        /**
         * Sets the indicators.
         *
         * @param value the indicators, in the order of the instrument
         * @return this builder
         * @throws NullPointerException if the list or an indicator is null
         */
        public Builder indicators(List<IndicatorRule> value) {
            this.indicators = List.copyOf(value);
            return this;
        }

        /**
         * Sets the rank bands.
         *
         * @param value the bands
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder bands(RankBands value) {
            this.bands = requireNonNull(value, "bands");
            return this;
        }

        /**
         * Sets the stage rules.
         *
         * @param value the rules
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder stageRules(StageRules value) {
            this.stageRules = requireNonNull(value, "stageRules");
            return this;
        }

        /**
         * Sets the gate, or removes it.
         *
         * @param value the gate, or empty for none
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder gate(Optional<Gate> value) {
            this.gate = requireNonNull(value, "gate");
            return this;
        }

        /**
         * Sets the rank conditions.
         *
         * @param value the conditions
         * @return this builder
         * @throws NullPointerException if the list or a condition is null
         */
        public Builder rankConditions(List<RankCondition> value) {
            this.rankConditions = List.copyOf(value);
            return this;
        }

        /**
         * Lints the pack and builds it.
         *
         * @return the pack, with its SHA-256 computed from its content
         * @throws RulePackException if a required part is missing or the linter finds problems; the exception lists
         *                           every one, each starting with the JSON pointer of its place
         */
        public RulePack build() {
            return new RulePack(this, Optional.empty());
        }

        private List<String> missing() {
            List<String> missing = new ArrayList<>();
            check(missing, name, "/name");
            check(missing, round, "/round");
            check(missing, regionEdition, "/regionEdition");
            check(missing, totalMax, "/totalMax");
            check(missing, rounding, "/rounding");
            check(missing, bands, "/bands");
            check(missing, stageRules, "/stages");
            return missing;
        }

        private static void check(List<String> missing, @Nullable Object part, String pointer) {
            if (part == null) {
                missing.add(pointer + ": required part is missing; set it on the builder");
            }
        }
    }
}
