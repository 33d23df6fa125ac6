package io.github.layakanak.kla.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.scoring.ScoreCard;
import io.github.layakanak.kla.scoring.ScoringEngine;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.Provenance;
import io.github.layakanak.kla.scoring.pack.Round;
import io.github.layakanak.kla.scoring.pack.RulePack;
import io.github.layakanak.kla.scoring.spi.RulePackLoader;
import io.github.layakanak.kla.samples.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code kla pack new} writes: a standalone Maven project holding the rule pack of a new year, derived from a
 * pack kla has. The fixed files are templates beside this class ({@code pack-template/*}, with {@code {{name}}}
 * placeholders); the parameters and the golden case are computed: the parameters are the old pack's with the id,
 * year, name and calendar changed, every other number keeping its provenance, and the golden case is one of the old
 * pack's samples moved to the new year, with the scorecard the new pack gives it.
 *
 * <p>Everything is made in memory and checked (the parameters read back into the same pack, the case scored) before
 * the command writes a file, so a failure writes nothing.
 */
final class PackTemplate {

    /** The template files, by their path in the project, placeholders in both filled in as in the files. */
    private static final Map<String, String> TEMPLATES = templates();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ObjectMapper MAPPER = Json.newMapper()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** The newest year a pack can be made for: a made-up far year is a typing mistake more often than a plan. */
    static final int LAST_YEAR = 2100;

    /** The earliest: the KLA evaluation began in 2006. */
    static final int FIRST_YEAR = 2006;

    /**
     * The project to write.
     *
     * @param year        the assessment year of the new pack
     * @param groupId     the project's Maven group id
     * @param javaPackage the Java package and module of the provider
     * @param klaVersion  the version of kla (its BOM) the project builds against
     */
    record Project(int year, String groupId, String javaPackage, String klaVersion) {

        Project {
            requireNonNull(groupId, "groupId");
            requireNonNull(javaPackage, "javaPackage");
            requireNonNull(klaVersion, "klaVersion");
        }

        String packId() {
            return "kla-" + year;
        }

        String artifactId() {
            return "kla-rules-" + year;
        }

        String providerClass() {
            return "Kla" + year;
        }
    }

    private PackTemplate() {
    }

    /**
     * Makes the project's files.
     *
     * @param from    the pack the new one derives from
     * @param sample  a sample submission of {@code from}, for the golden case
     * @param project the project
     * @return the files, by their path relative to the project's directory ({@code /} separated), in writing order
     */
    static Map<String, String> files(RulePack from, Samples.Sample sample, Project project) {
        RulePack pack = derive(from, project.year());
        String parameters = parameters(pack);
        ObjectNode goldenCase = goldenCase(pack, from, sample, project.year());
        Map<String, String> values = values(project, from, pack, goldenCase);
        String packagePath = values.get("packagePath");
        Map<String, String> files = new LinkedHashMap<>();
        TEMPLATES.forEach((path, text) -> files.put(fill(path, values), fill(text, values)));
        files.put("src/main/resources/" + packagePath + "/" + project.packId() + ".json", parameters);
        files.put(caseFile(sample, from, project.year()), pretty(goldenCase));
        return files;
    }

    /** Where the golden case goes: named after the sample and the new year ({@code batam-2024} to {@code batam-2031}). */
    static String caseFile(Samples.Sample sample, RulePack from, int year) {
        String suffix = "-" + from.round().evaluationYear();
        String district = sample.name().endsWith(suffix)
                ? sample.name().substring(0, sample.name().length() - suffix.length()) : sample.name();
        return "src/test/resources/cases/" + district + "-" + year + ".json";
    }

    /**
     * The new year's pack: {@code from} with its id, years, name and round changed. The calendar moves by the
     * years between the two rounds and becomes HYPOTHETICAL, since no one has published the new year's dates;
     * every other number keeps the provenance it has.
     */
    static RulePack derive(RulePack from, int year) {
        Round old = from.round();
        int shift = year - old.evaluationYear();
        List<Round.Window> calendar = old.calendar().stream().map(w -> new Round.Window(w.id(), w.label(),
                w.from().plusYears(shift), w.to().plusYears(shift))).toList();
        Provenance dates = Provenance.hypothetical(String.format(Locale.ROOT,
                "jadwal paket %s digeser %d tahun oleh perintah \"kla pack new\": jadwal evaluasi %d belum "
                        + "dipublikasikan; ganti dengan jadwal yang dipublikasikan beserta sumbernya. Sumber jadwal %s: %s",
                from.id(), shift, year, from.id(), old.provenance().indonesian()), String.format(Locale.ROOT,
                "the calendar of pack %s moved by %d years by the command \"kla pack new\": the %d evaluation's "
                        + "dates are not published; replace them with the published dates and their source. Source of the %s "
                        + "calendar: %s", from.id(), shift, year, from.id(), old.provenance().english()));
        return RulePack.builder("kla-" + year).years(List.of(year))
                .name(new Message.Text("Evaluasi KLA " + year + " (diturunkan dari " + from.id() + ")",
                        "KLA evaluation " + year + " (derived from " + from.id() + ")"))
                .round(new Round(year, old.dataYear() + shift, old.awardYear() + shift, calendar, dates))
                .regionEdition(from.regionEdition()).totalMax(from.totalMax()).rounding(from.rounding())
                .sections(from.sections()).indicators(from.indicators()).bands(from.bands())
                .stageRules(from.stageRules()).gate(from.findGate()).rankConditions(from.rankConditions()).build();
    }

    /**
     * The pack's parameters file: the library's own writing of it, with each provenance that recurs named once
     * under {@code provenances} ({@code official-1}, {@code hypothetical-3}, ...), so that a source is corrected in one
     * place. It reads back into the same pack (the same SHA-256), which is checked here.
     */
    static String parameters(RulePack pack) {
        ObjectNode written = (ObjectNode) read(RulePackLoader.create().write(pack));
        Map<String, Integer> uses = new LinkedHashMap<>();
        count(written, uses);
        Map<String, String> names = new LinkedHashMap<>();
        Map<Provenance.Kind, Integer> numbers = new EnumMap<>(Provenance.Kind.class);
        ObjectNode named = MAPPER.createObjectNode();
        uses.forEach((canonical, n) -> {
            if (n > 1) {
                JsonNode provenance = read(canonical);
                Provenance.Kind kind = Provenance.Kind.valueOf(provenance.get("kind").asText());
                String name = kind.name().toLowerCase(Locale.ROOT) + "-" + numbers.merge(kind, 1, Integer::sum);
                names.put(canonical, name);
                named.set(name, provenance);
            }
        });
        replace(written, names);
        ObjectNode file = MAPPER.createObjectNode();
        written.properties().forEach(field -> {
            file.set(field.getKey(), field.getValue());
            if (field.getKey().equals("regionEdition") && !named.isEmpty()) {
                file.set("provenances", named);
            }
        });
        String json = pretty(file);
        RulePack back = RulePackLoader.create().parse(json, pack.id() + ".json");
        if (!back.sha256().equals(pack.sha256())) {
            throw new IllegalStateException("the parameters of [" + pack.id() + "] do not read back into the pack");
        }
        return json;
    }

    private static void count(JsonNode node, Map<String, Integer> uses) {
        node.properties().forEach(field -> {
            if (field.getKey().equals("provenance") && field.getValue().isObject()) {
                uses.merge(canonical(field.getValue()), 1, Integer::sum);
            } else {
                count(field.getValue(), uses);
            }
        });
        if (node.isArray()) {
            node.forEach(element -> count(element, uses));
        }
    }

    private static void replace(JsonNode node, Map<String, String> names) {
        if (node instanceof ObjectNode object) {
            JsonNode provenance = object.get("provenance");
            if (provenance != null && provenance.isObject() && names.containsKey(canonical(provenance))) {
                object.set("provenance", new TextNode(names.get(canonical(provenance))));
            }
            object.forEach(child -> replace(child, names));
        } else if (node.isArray()) {
            node.forEach(element -> replace(element, names));
        }
    }

    /**
     * The golden case: a sample of the old pack with its year and every date moved to the new year, and the part of
     * the scorecard the new pack gives it that the case checks (pack, stage, total, rank, whether it passed the gate).
     */
    static ObjectNode goldenCase(RulePack pack, RulePack from, Samples.Sample sample, int year) {
        int shift = year - from.round().evaluationYear();
        JsonNode submission = read(sample.json());
        move(submission, shift);
        ((ObjectNode) submission).put("year", year);
        Submission moved = KlaJson.readSubmission(pretty(submission));
        ScoreCard card = ScoringEngine.score(ScoringEngine.check(pack, moved));
        JsonNode scored = read(KlaJson.write(card));
        ObjectNode expected = MAPPER.createObjectNode();
        for (String field : List.of("packId", "stage", "total", "rank")) {
            expected.set(field, scored.required(field));
        }
        JsonNode passed = scored.path("gate");
        if (passed.isObject()) {
            ObjectNode gate = expected.putObject("gate");
            for (String field : List.of("decided", "proceeds")) {
                gate.set(field, passed.required(field));
            }
        }
        ObjectNode result = MAPPER.createObjectNode();
        result.put("name", String.format(Locale.ROOT, "the %s sample of %s moved to %d: %s, %s (synthetic data; "
                + "expected as kla pack new scored it, check it by hand)", sample.name(), from.id(), year,
                scored.required("total").decimalValue().toPlainString(), scored.required("rank").asText()));
        result.put("pack", pack.id());
        result.set("submission", submission);
        result.set("expected", expected);
        return result;
    }

    /** Moves every date ({@code YYYY-MM-DD}) of a submission by whole years, so that their order stays. */
    private static void move(JsonNode node, int years) {
        if (node instanceof ObjectNode object) {
            List<String> dates = new ArrayList<>();
            object.properties().forEach(field -> {
                if (field.getValue().isTextual() && DATE.matcher(field.getValue().asText()).matches()) {
                    dates.add(field.getKey());
                } else {
                    move(field.getValue(), years);
                }
            });
            dates.forEach(name -> object.put(name, LocalDate.parse(object.get(name).asText()).plusYears(years)
                    .toString()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> move(element, years));
        }
    }

    private static Map<String, String> values(Project project, RulePack from, RulePack pack, ObjectNode goldenCase) {
        Properties versions = KlaCommand.Version.properties();
        Map<Provenance.Kind, Integer> counts = pack.provenanceCounts();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("year", String.valueOf(project.year()));
        values.put("groupId", project.groupId());
        values.put("artifactId", project.artifactId());
        values.put("package", project.javaPackage());
        values.put("packagePath", project.javaPackage().replace('.', '/'));
        values.put("class", project.providerClass());
        values.put("packId", project.packId());
        values.put("klaVersion", project.klaVersion());
        values.put("from", from.id());
        values.put("fromYear", String.valueOf(from.round().evaluationYear()));
        values.put("official", String.valueOf(counts.getOrDefault(Provenance.Kind.OFFICIAL, 0)));
        values.put("sourced", String.valueOf(counts.getOrDefault(Provenance.Kind.SOURCED, 0)));
        values.put("hypothetical", String.valueOf(counts.getOrDefault(Provenance.Kind.HYPOTHETICAL, 0)));
        values.put("caseName", goldenCase.required("name").asText());
        for (String plugin : List.of("compiler", "surefire", "resources", "jar", "clean", "install")) {
            values.put(plugin + "Plugin", requireNonNull(versions.getProperty(plugin + "-plugin.version"), plugin));
        }
        return values;
    }

    /** Fills the placeholders of a template; one left unknown is a bug of the template. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("the pack template has an unknown placeholder: " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static Map<String, String> templates() {
        Properties index = new Properties();
        Map<String, String> templates = new LinkedHashMap<>();
        try (InputStream in = resource("index.properties")) {
            index.load(in);
            List<String> keys = index.stringPropertyNames().stream().sorted().toList();
            for (String key : keys) {
                String[] entry = index.getProperty(key).split(" -> ", 2);
                try (InputStream template = resource(entry[0])) {
                    templates.put(entry[1], new String(template.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = PackTemplate.class.getResourceAsStream("pack-template/" + name);
        if (in == null) {
            throw new IOException("missing resource pack-template/" + name);
        }
        return in;
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("kla wrote JSON it cannot read: " + e.getOriginalMessage(), e);
        }
    }

    private static String canonical(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
