package io.github.layakanak.kla.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.report.internal.Numbers;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.plan.Effort;
import io.github.layakanak.kla.scoring.plan.Step;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the effort table of {@code plan --effort}, strictly: every field unknown, every value of the wrong type,
 * every effort that is not positive or has more than {@value Effort#SCALE} decimals, and every indicator the pack
 * does not have, each at its JSON pointer, all of them at once.
 *
 * <pre>{@code
 * {"steps": {"rungUp": 3, "evidenceFixed": 1, "evidenceAdded": 2},
 *  "indicators": {"kla-regulation": {"rungUp": 40}}}
 * }</pre>
 */
final class EffortFile {

    /** The kinds of step by their names in the file. */
    private static final Map<String, Step.Kind> KINDS = Map.of("rungUp", Step.Kind.RUNG_UP,
            "evidenceFixed", Step.Kind.EVIDENCE_FIXED, "evidenceAdded", Step.Kind.EVIDENCE_ADDED);
    private static final String KIND_NAMES = "rungUp, evidenceFixed, evidenceAdded";

    private final String label;
    private final RulePack pack;
    private final Lang lang;
    private final List<String> problems = new ArrayList<>();
    private Effort effort = Effort.steps();

    private EffortFile(String label, RulePack pack, Lang lang) {
        this.label = label;
        this.pack = pack;
        this.lang = lang;
    }

    /**
     * Reads an effort table for a pack's indicators, its problems in a language.
     *
     * @throws Failure {@link Main#IO} if the file cannot be read, {@link Main#INVALID_INPUT} with one line per problem
     */
    static Effort read(Path path, RulePack pack, Lang lang) throws Failure {
        String label = lang.text("effort.label", path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new Failure(Main.IO, lang.text("output.cannotRead", label, Problems.of(e, lang)), e);
        }
        JsonNode root;
        try {
            root = Json.newMapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonFormatException problem = Json.formatProblem(e);
            throw new Failure(Main.INVALID_INPUT, label + ": " + (problem.pointer().isEmpty() ? "/" : problem.pointer())
                    + ": " + problem.problem(lang.locale()), e);
        } catch (IOException e) {
            throw new Failure(Main.IO, lang.text("output.cannotRead", label, Problems.of(e, lang)), e);
        }
        EffortFile file = new EffortFile(label, pack, lang);
        file.root(root);
        if (!file.problems.isEmpty()) {
            throw new Failure(Main.INVALID_INPUT, file.problems, null);
        }
        return file.effort;
    }

    private void root(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("", lang.text("effort.notObject", type(root)));
            return;
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String pointer = "/" + escape(field.getKey());
            switch (field.getKey()) {
                case "steps" -> kinds(pointer, field.getValue(), null);
                case "indicators" -> indicators(pointer, field.getValue());
                default -> problem(pointer, lang.text("effort.unknownField"));
            }
        }
    }

    private void indicators(String pointer, JsonNode indicators) {
        if (!indicators.isObject()) {
            problem(pointer, lang.text("effort.indicatorsNotObject", type(indicators)));
            return;
        }
        for (Map.Entry<String, JsonNode> field : indicators.properties()) {
            String id = field.getKey();
            String at = pointer + "/" + escape(id);
            if (pack.findIndicator(id).isEmpty()) {
                problem(at, ExplainCommand.noIndicator(id, pack, lang));
            } else {
                kinds(at, field.getValue(), id);
            }
        }
    }

    private void kinds(String pointer, JsonNode kinds, @Nullable String indicator) {
        if (!kinds.isObject()) {
            problem(pointer, lang.text("effort.kindsNotObject", KIND_NAMES, type(kinds)));
            return;
        }
        for (Map.Entry<String, JsonNode> field : kinds.properties()) {
            String at = pointer + "/" + escape(field.getKey());
            Step.Kind kind = KINDS.get(field.getKey());
            JsonNode value = field.getValue();
            if (kind == null) {
                problem(at, lang.text("effort.unknownKind", KIND_NAMES));
            } else if (!value.isNumber() || value.decimalValue().signum() <= 0
                    || value.decimalValue().stripTrailingZeros().scale() > Effort.SCALE) {
                problem(at, lang.text("effort.notPositive", Effort.SCALE, value.isNumber()
                        ? Numbers.plain(value.decimalValue(), lang.words()) : type(value)));
            } else {
                BigDecimal amount = value.decimalValue();
                effort = indicator == null ? effort.with(kind, amount) : effort.with(indicator, kind, amount);
            }
        }
    }

    private void problem(String pointer, String problem) {
        problems.add(label + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + problem);
    }

    /** What a value is, for a message. */
    private String type(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return lang.text("effort.type.empty");
        }
        return switch (value.getNodeType()) {
            case STRING -> lang.text("effort.type.string", value);
            case BOOLEAN -> value.asText();
            case NULL -> "null";
            case ARRAY -> lang.text("effort.type.array");
            case OBJECT -> lang.text("effort.type.object");
            default -> value.toString();
        };
    }

    /** A field name as a JSON pointer's segment (RFC 6901). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
