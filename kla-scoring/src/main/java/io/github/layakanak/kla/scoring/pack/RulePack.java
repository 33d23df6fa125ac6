package io.github.layakanak.kla.scoring.pack;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.RegionEdition;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.VerificationStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The rules of one assessment year: the indicators and how each is scored, the section maxima, the rank bands,
 * the stage rules, the rounding policy and the provenance of every number.
 *
 * <p>A pack is immutable and thread-safe. Packs are normally read from a parameters file by
 * {@link io.github.layakanak.kla.scoring.spi.RulePackLoader}, which checks them with the linter, and found by
 * year through {@link io.github.layakanak.kla.scoring.RulePacks}.
 */
public final class RulePack {

    private final String id;
    private final List<Integer> years;
    private final String nameId;
    private final String nameEn;
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
    private final String sha256;
    private final Optional<OverlayStamp> overlay;
    private final Map<String, IndicatorRule> byId;

    private RulePack(Builder b) {
        this.id = requireNonNull(b.id, "id");
        this.years = List.copyOf(b.years);
        this.nameId = requireNonNull(b.nameId, "nameId");
        this.nameEn = requireNonNull(b.nameEn, "nameEn");
        this.round = requireNonNull(b.round, "round");
        this.regionEdition = requireNonNull(b.regionEdition, "regionEdition");
        this.totalMax = requireNonNull(b.totalMax, "totalMax");
        this.rounding = requireNonNull(b.rounding, "rounding");
        this.sections = List.copyOf(b.sections);
        this.indicators = List.copyOf(b.indicators);
        this.bands = requireNonNull(b.bands, "bands");
        this.stageRules = requireNonNull(b.stageRules, "stageRules");
        this.gate = requireNonNull(b.gate, "gate");
        this.rankConditions = List.copyOf(b.rankConditions);
        this.sha256 = requireNonNull(b.sha256, "sha256");
        this.overlay = requireNonNull(b.overlay, "overlay");
        Map<String, IndicatorRule> index = new LinkedHashMap<>();
        for (IndicatorRule rule : indicators) {
            if (index.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "indicator ids of pack [%s] must be unique, but [%s] appears twice", id, rule.id()));
            }
        }
        this.byId = Map.copyOf(index);
    }

    /**
     * Starts a pack. Most packs are read from their parameters file instead.
     *
     * @param id the pack's id, such as {@code kla-2022}
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns a builder holding this pack's parts, to derive a changed pack.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.years = years;
        b.nameId = nameId;
        b.nameEn = nameEn;
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
        b.sha256 = sha256;
        b.overlay = overlay;
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
     * Returns the pack's name in Indonesian.
     *
     * @return the name
     */
    public String nameId() {
        return nameId;
    }

    /**
     * Returns the pack's name in English.
     *
     * @return the name
     */
    public String nameEn() {
        return nameEn;
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
        Builder b = toBuilder();
        b.rankConditions = changed;
        b.sha256 = sha256Of(sha256 + ";rankCondition:" + conditionId + "=" + enabled);
        return b.build();
    }

    /**
     * Returns the SHA-256 of the pack's parameters (and of the overlay and switches applied to it), which every
     * scorecard carries so that a score can be reproduced.
     *
     * @return 64 lower-case hexadecimal digits
     */
    public String sha256() {
        return sha256;
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
        Map<Provenance.Kind, Integer> maxima = emptyCounts();
        Map<Provenance.Kind, Integer> rubrics = emptyCounts();
        Map<Provenance.Kind, Integer> rules = emptyCounts();
        Consumer<Provenance> maximum = p -> maxima.merge(p.kind(), 1, Integer::sum);
        Consumer<Provenance> rubric = p -> rubrics.merge(p.kind(), 1, Integer::sum);
        maximum.accept(totalMax.provenance());
        sections.forEach(s -> maximum.accept(s.max().provenance()));
        for (IndicatorRule rule : indicators) {
            maximum.accept(rule.max().provenance());
            rule.rubric().ifPresent(r -> countRubric(r, rubric));
            for (QuestionRule q : rule.questions()) {
                maximum.accept(q.maxProvenance());
                countRubric(q.rubric(), rubric);
            }
            rule.capProvenance().ifPresent(maximum);
        }
        bands.bands().forEach(b -> rules.merge(bands.provenance().kind(), 1, Integer::sum));
        gate.ifPresent(g -> rules.merge(g.threshold().provenance().kind(), 1, Integer::sum));
        return new ProvenanceSplit(maxima, rubrics, rules);
    }

    private static Map<Provenance.Kind, Integer> emptyCounts() {
        EnumMap<Provenance.Kind, Integer> counts = new EnumMap<>(Provenance.Kind.class);
        for (Provenance.Kind kind : Provenance.Kind.values()) {
            counts.put(kind, 0);
        }
        return counts;
    }

    private static void countRubric(Rubric rubric, Consumer<Provenance> count) {
        if (rubric instanceof Rubric.Composite composite) {
            composite.items().forEach(item -> {
                count.accept(composite.provenance());
                countRubric(item.rubric(), count);
            });
        } else {
            rubric.steps().forEach(s -> count.accept(rubric.provenance()));
        }
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
     * Returns the section rule of a cluster.
     *
     * @param cluster the cluster
     * @return the rule
     * @throws IllegalArgumentException if the pack does not score that section
     */
    public SectionRule section(Cluster cluster) {
        return sections.stream().filter(s -> s.cluster() == cluster).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(String.format(Locale.ROOT,
                        "pack [%s] does not score section [%s]", id, cluster)));
    }

    @Override
    public String toString() {
        return "RulePack[" + id + ", years " + years + ", sha256 " + sha256.substring(0, 12) + "]";
    }

    /**
     * Returns the SHA-256 of a text, as the packs' hashes are computed.
     *
     * @param text the text
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256Of(String text) {
        return sha256Of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the SHA-256 of bytes.
     *
     * @param bytes the bytes
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Builds a pack; the loader and the overlay use it, and so may a pack written in Java. */
    public static final class Builder {

        private final String id;
        private List<Integer> years = List.of();
        private String nameId = "";
        private String nameEn = "";
        private Round round;
        private RegionEdition regionEdition;
        private Quantity totalMax;
        private Rounding rounding;
        private List<SectionRule> sections = List.of();
        private List<IndicatorRule> indicators = List.of();
        private RankBands bands;
        private StageRules stageRules;
        private Optional<Gate> gate = Optional.empty();
        private List<RankCondition> rankConditions = List.of();
        private String sha256;
        private Optional<OverlayStamp> overlay = Optional.empty();

        private Builder(String id) {
            this.id = requireNonNull(id, "id");
        }

        /**
         * Sets the years.
         *
         * @param value the years
         * @return this builder
         */
        public Builder years(List<Integer> value) {
            this.years = value;
            return this;
        }

        /**
         * Sets the names.
         *
         * @param id the Indonesian name
         * @param en the English name
         * @return this builder
         */
        public Builder names(String id, String en) {
            this.nameId = id;
            this.nameEn = en;
            return this;
        }

        /**
         * Sets the round.
         *
         * @param value the round
         * @return this builder
         */
        public Builder round(Round value) {
            this.round = value;
            return this;
        }

        /**
         * Sets the region edition.
         *
         * @param value the edition
         * @return this builder
         */
        public Builder regionEdition(RegionEdition value) {
            this.regionEdition = value;
            return this;
        }

        /**
         * Sets the total maximum.
         *
         * @param value the maximum
         * @return this builder
         */
        public Builder totalMax(Quantity value) {
            this.totalMax = value;
            return this;
        }

        /**
         * Sets the rounding policy.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder rounding(Rounding value) {
            this.rounding = value;
            return this;
        }

        /**
         * Sets the sections.
         *
         * @param value the sections
         * @return this builder
         */
        public Builder sections(List<SectionRule> value) {
            this.sections = value;
            return this;
        }

        /**
         * Sets the indicators.
         *
         * @param value the indicators
         * @return this builder
         */
        public Builder indicators(List<IndicatorRule> value) {
            this.indicators = value;
            return this;
        }

        /**
         * Sets the rank bands.
         *
         * @param value the bands
         * @return this builder
         */
        public Builder bands(RankBands value) {
            this.bands = value;
            return this;
        }

        /**
         * Sets the stage rules.
         *
         * @param value the rules
         * @return this builder
         */
        public Builder stageRules(StageRules value) {
            this.stageRules = value;
            return this;
        }

        /**
         * Sets the gate.
         *
         * @param value the gate, or empty
         * @return this builder
         */
        public Builder gate(Optional<Gate> value) {
            this.gate = value;
            return this;
        }

        /**
         * Sets the rank conditions.
         *
         * @param value the conditions
         * @return this builder
         */
        public Builder rankConditions(List<RankCondition> value) {
            this.rankConditions = value;
            return this;
        }

        /**
         * Sets the SHA-256 of the parameters.
         *
         * @param value the digest
         * @return this builder
         */
        public Builder sha256(String value) {
            this.sha256 = value;
            return this;
        }

        /**
         * Sets the overlay applied.
         *
         * @param value the overlay's stamp, or empty
         * @return this builder
         */
        public Builder overlay(Optional<OverlayStamp> value) {
            this.overlay = value;
            return this;
        }

        /**
         * Builds the pack without linting it; {@link io.github.layakanak.kla.scoring.spi.RulePackLoader} lints.
         *
         * @return the pack
         * @throws NullPointerException if a required part is missing
         */
        public RulePack build() {
            return new RulePack(this);
        }
    }
}
