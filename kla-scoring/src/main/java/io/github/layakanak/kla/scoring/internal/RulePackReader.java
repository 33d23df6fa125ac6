package io.github.layakanak.kla.scoring.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.RulePackException;
import io.github.layakanak.kla.scoring.internal.ParametersJson.Overlay;
import io.github.layakanak.kla.scoring.internal.ParametersJson.OverlayIndicator;
import io.github.layakanak.kla.scoring.internal.ParametersJson.Pack;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.OverlayStamp;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Quantity;
import io.github.layakanak.kla.scoring.pack.RankBands;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.pack.SectionRule;
import io.github.layakanak.kla.scoring.spi.CustomRubric;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads, lints and overlays rule packs; what {@link io.github.layakanak.kla.scoring.spi.RulePackLoader} does,
 * kept out of the exported packages.
 */
public final class RulePackReader {

    private static final ObjectMapper MAPPER = KlaJson.newMapper();

    private RulePackReader() {
    }

    /**
     * Reads a pack's parameters and lints them.
     *
     * @param json    the parameters file's bytes
     * @param source  what to call the file in messages
     * @param customs the custom rubrics, by name
     * @return the pack, with the SHA-256 of the parameters' canonical form
     * @throws RulePackException if the file is malformed or the linter finds problems
     */
    public static RulePack read(byte[] json, String source, Map<String, CustomRubric> customs) {
        Pack parameters = bind(json, Pack.class, source);
        JsonNode tree = tree(json, source);
        Problems problems = new Problems();
        Draft draft = PackReader.read(parameters, customs, problems);
        problems.addAll(PackLinter.lint(draft));
        if (!problems.isEmpty()) {
            throw new RulePackException(parameters.id(), problems.lines());
        }
        return draft.toPack(Canonical.sha256(tree), Optional.empty());
    }

    /**
     * Lints a pack, however it was made.
     *
     * @param pack the pack
     * @return every problem, each starting with the JSON pointer of its place; empty when the pack is sound
     */
    public static List<String> lint(RulePack pack) {
        return PackLinter.lint(Draft.of(requireNonNull(pack, "pack")));
    }

    /**
     * Applies an overlay file to a pack and lints the result.
     *
     * @param pack    the pack
     * @param json    the overlay file's bytes
     * @param source  what to call the file in messages
     * @param customs the custom rubrics, by name, for rubrics the overlay gives
     * @return the overlaid pack, stamped with the overlay
     * @throws RulePackException if the overlay is malformed, is for another pack, names what the pack does not
     *                           have, or leaves the pack with problems
     */
    public static RulePack overlay(RulePack pack, byte[] json, String source, Map<String, CustomRubric> customs) {
        Overlay overlay = bind(json, Overlay.class, source);
        JsonNode tree = tree(json, source);
        Problems problems = new Problems();
        if (!overlay.pack().equals(pack.id())) {
            problems.add("/pack", "the overlay is for pack [%s], but was applied to pack [%s]", overlay.pack(),
                    pack.id());
            throw new RulePackException(source, problems.lines());
        }
        PackReader reader = PackReader.forOverlay(customs, problems);
        Provenance provenance = reader.provenance(overlay.provenance(), "", Optional.empty());
        Quantity totalMax = overlay.totalMax() == null ? pack.totalMax()
                : new Quantity(overlay.totalMax(), provenance);

        List<SectionRule> sections = new ArrayList<>(pack.sections());
        for (Map.Entry<Cluster, BigDecimal> entry : overlay.sections().entrySet()) {
            int index = indexOfSection(sections, entry.getKey());
            if (index < 0) {
                problems.add("/sections/" + entry.getKey(), "pack [%s] has no section [%s]; it has %s", pack.id(),
                        entry.getKey(), sections.stream().map(SectionRule::cluster).toList());
            } else {
                sections.set(index, new SectionRule(entry.getKey(), new Quantity(entry.getValue(), provenance)));
            }
        }

        List<IndicatorRule> indicators = new ArrayList<>(pack.indicators());
        for (Map.Entry<String, OverlayIndicator> entry : overlay.indicators().entrySet()) {
            String at = "/indicators/" + Problems.token(entry.getKey());
            OverlayIndicator change = entry.getValue();
            int index = indexOfIndicator(indicators, entry.getKey());
            if (index < 0) {
                problems.add(at, "pack [%s] has no indicator [%s]", pack.id(), entry.getKey());
                continue;
            }
            IndicatorRule rule = indicators.get(index);
            if (change.max() == null && change.rubric() == null) {
                problems.add(at, "an overlay entry must set max, rubric or both, but sets neither");
                continue;
            }
            Quantity max = change.max() == null ? rule.max() : new Quantity(change.max(), provenance);
            Optional<Rubric> rubric = rule.rubric();
            if (change.rubric() != null) {
                if (rule.byQuestions()) {
                    problems.add(at + "/rubric", "indicator [%s] is scored by questions; an overlay can change its "
                            + "max but not give it a rubric", rule.id());
                    continue;
                }
                rubric = Optional.of(reader.rubric(change.rubric(), at + "/rubric", Optional.of(provenance)));
            }
            indicators.set(index, new IndicatorRule(rule.indicator(), max, rubric, rule.questions(),
                    rule.capProvenance(), rule.evidenceRequired()));
        }

        RankBands bands = overlay.bands() == null ? pack.bands()
                : reader.bands(overlay.bands(), "/bands", pack.bands().convention(), Optional.of(provenance));
        if (!problems.isEmpty()) {
            throw new RulePackException(source, problems.lines());
        }

        Draft draft = new Draft(pack.id(), pack.years(), pack.nameId(), pack.nameEn(), pack.round(),
                pack.regionEdition(), totalMax, pack.rounding(), sections, indicators, bands, pack.stageRules(),
                pack.findGate(), pack.rankConditions());
        List<String> lint = PackLinter.lint(draft);
        if (!lint.isEmpty()) {
            throw new RulePackException(pack.id(), lint);
        }
        String overlaySha = Canonical.sha256(tree);
        return draft.toPack(RulePack.sha256Of(pack.sha256() + ";overlay:" + overlaySha),
                Optional.of(new OverlayStamp(overlay.overlay(), overlaySha, provenance)));
    }

    private static int indexOfSection(List<SectionRule> sections, Cluster cluster) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).cluster() == cluster) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfIndicator(List<IndicatorRule> indicators, String id) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> T bind(byte[] json, Class<T> type, String source) {
        try {
            return MAPPER.readValue(json, type);
        } catch (InvalidTypeIdException e) {
            // KlaJson's message names the kinds of a submission's values; a rubric's kinds are others.
            JsonFormatException format = KlaJson.formatProblem(e);
            String problem = e.getTypeId() == null ? "rubric kind is missing" : "unknown rubric kind [" + e.getTypeId()
                    + "]";
            throw new RulePackException(source, format.pointer() + ": " + problem + "; expected one of "
                    + ParametersJson.RUBRIC_KINDS, format);
        } catch (JsonProcessingException e) {
            JsonFormatException format = KlaJson.formatProblem(e);
            String pointer = format.pointer().isEmpty() ? "/" : format.pointer();
            JsonParseException parse = parseFailure(e);
            if (parse != null && parse != e && parse.getLocation() != null) {
                // Broken JSON met while binding: keep the pointer of where it happened and add the line.
                throw new RulePackException(source, String.format(Locale.ROOT, "%s: malformed JSON (line %d, "
                        + "column %d): %s", pointer, parse.getLocation().getLineNr(),
                        parse.getLocation().getColumnNr(), parse.getOriginalMessage()), format);
            }
            throw new RulePackException(source, pointer + ": " + format.problem(), format);
        } catch (IOException e) {
            throw new RulePackException(source, "/: cannot be read: " + e.getMessage(), e);
        }
    }

    private static @Nullable JsonParseException parseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse) {
                return parse;
            }
        }
        return null;
    }

    private static JsonNode tree(byte[] json, String source) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new RulePackException(source, "/: cannot be read: " + e.getMessage(), e);
        }
    }
}
