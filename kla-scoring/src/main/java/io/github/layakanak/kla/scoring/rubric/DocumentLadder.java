package io.github.layakanak.kla.scoring.rubric;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.DocumentLevel;
import io.github.layakanak.kla.model.IndicatorValue;
import io.github.layakanak.kla.model.MeasurementKind;
import io.github.layakanak.kla.scoring.pack.Lint;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.ParametersWriter;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Rating;
import io.github.layakanak.kla.scoring.pack.Response;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RubricKind;
import io.github.layakanak.kla.scoring.pack.Rung;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The strongest document in force earns a fraction: Perda, Perkada or SK, instruction or circular, draft, none.
 *
 * <p>When the pack requires evidence, the level claimed counts no higher than the strongest document that counts
 * at the stage: a district that claims a Perda but shows only a Perkada is rated as a Perkada.
 *
 * <pre>{@code {"kind": "DOCUMENT_LADDER", "fractions": {"PERDA": 1, "PERKADA_OR_SK": 0.6,
 *   "INSTRUCTION_OR_CIRCULAR": 0.4, "DRAFT": 0.2, "NONE": 0}, "provenance": ...}}</pre>
 */
public final class DocumentLadder implements Rubric, ValueRater {

    /** The kind, as parameters files name it. */
    public static final RubricKind KIND = RubricKind.of("DOCUMENT_LADDER",
            p -> new DocumentLadder(p.numbers("fractions", DocumentLevel.class), p.provenance()));

    private final Map<DocumentLevel, BigDecimal> fractions;
    private final Provenance provenance;
    private final Ladder ladder;
    private final Map<DocumentLevel, Response> responses = new EnumMap<>(DocumentLevel.class);

    /**
     * Creates a document ladder.
     *
     * @param fractions  the fraction of each document level; the linter requires every level
     * @param provenance where the fractions come from
     * @throws NullPointerException if an argument, a key or a value is null
     */
    public DocumentLadder(Map<DocumentLevel, BigDecimal> fractions, Provenance provenance) {
        this.fractions = Levels.copy(fractions, DocumentLevel.class);
        this.provenance = requireNonNull(provenance, "provenance");
        List<Rung> rungs = new ArrayList<>();
        this.fractions.forEach((level, fraction) -> rungs.add(new Rung(level.name(), fraction)));
        this.ladder = Ladder.of(rungs);
        for (DocumentLevel level : DocumentLevel.values()) {
            responses.put(level, Response.of(IndicatorValue.document(level)));
        }
    }

    /**
     * Returns the fraction of each document level.
     *
     * @return the fractions, in the order of the levels
     */
    public Map<DocumentLevel, BigDecimal> fractions() {
        return fractions;
    }

    @Override
    public String kind() {
        return KIND.name();
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public List<Rung> ladder() {
        return ladder.rungs();
    }

    @Override
    public Set<MeasurementKind> valueKinds() {
        return Set.of(MeasurementKind.DOCUMENT_LEVEL);
    }

    @Override
    public Rating rate(Response response) {
        return rateValue(response.value().orElseThrow());
    }

    @Override
    public Rating rateValue(IndicatorValue value) {
        return ladder.rating(((IndicatorValue.Document) value).level().name());
    }

    /** The level claimed, no higher than the strongest document that counts. */
    @Override
    public Response supportedBy(Response response, DocumentLevel strongest) {
        DocumentLevel claimed = level(response);
        return claimed.compareTo(strongest) > 0 ? responses.get(strongest) : response;
    }

    @Override
    public Message describe(Rung rung) {
        DocumentLevel level = DocumentLevel.valueOf(rung.id());
        return Message.text(level.nameId(), level.nameEn());
    }

    @Override
    public Optional<Response> witness(Rung rung, MeasurementKind kind) {
        return ladder.find(rung.id()).map(r -> responses.get(DocumentLevel.valueOf(r.id())));
    }

    @Override
    public void write(ParametersWriter out) {
        out.numbers("fractions", fractions);
    }

    @Override
    public void lint(Lint lint) {
        Levels.lint(lint, fractions, DocumentLevel.class, "document level");
    }

    private static DocumentLevel level(Response response) {
        return ((IndicatorValue.Document) response.value().orElseThrow()).level();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentLadder that && fractions.equals(that.fractions)
                && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fractions, provenance);
    }

    @Override
    public String toString() {
        return "DocumentLadder" + fractions;
    }
}
