package io.github.layakanak.kla.scoring.diff;

import static java.util.Objects.requireNonNull;

import io.github.layakanak.kla.model.Bilingual;
import io.github.layakanak.kla.model.Cluster;
import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Stage;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.scoring.diff.Change.Aspect;
import io.github.layakanak.kla.scoring.diff.Change.Part;
import io.github.layakanak.kla.scoring.internal.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says in words, in Indonesian or English, what a {@link PackDiff} and a {@link Replay} hold. The words are kla's
 * bundle's ({@code diff.} keys of {@code Words_id.properties} and {@code Words_en.properties}); a constant is said by
 * its Indonesian or English name, never by its name in the code.
 *
 * <pre>{@code
 * DiffExplainer words = DiffExplainer.of(Locale.forLanguageTag("id"));
 * words.change(diff.changed().get(0).changes().get(0));
 * // "nilai maksimum indikator: 40,00 → 50,00"
 * String report = String.join("\n", words.lines(diff));
 * }</pre>
 *
 * <p>An explainer is immutable and thread-safe.
 */
public final class DiffExplainer {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final com.fasterxml.jackson.databind.ObjectMapper BILINGUAL =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** A number as {@link PackDiff} writes one: plain, without an exponent. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final boolean indonesian;
    private final Words words;

    private DiffExplainer(boolean indonesian) {
        this.indonesian = indonesian;
        this.words = Words.of(indonesian ? INDONESIAN : Locale.ENGLISH);
    }

    /**
     * Creates an explainer.
     *
     * @param locale the language: Indonesian ({@code id}) or English (any other)
     * @return the explainer
     * @throws NullPointerException if {@code locale} is null
     */
    public static DiffExplainer of(Locale locale) {
        String language = requireNonNull(locale, "locale").getLanguage();
        return new DiffExplainer(language.equals("id") || language.equals("in"));
    }

    /**
     * Returns the language it speaks.
     *
     * @return Indonesian ({@code id}) or English ({@code en})
     */
    public Locale locale() {
        return indonesian ? INDONESIAN : Locale.ENGLISH;
    }

    /**
     * Says a whole diff, one line a change, each indicator's changes indented under it.
     *
     * @param diff the diff
     * @return the lines, the title first
     */
    public List<String> lines(PackDiff diff) {
        requireNonNull(diff, "diff");
        List<String> lines = new ArrayList<>();
        lines.add(text("diff.title", diff.from(), diff.to()));
        if (diff.isEmpty()) {
            lines.add("  " + text("diff.none"));
            return lines;
        }
        section(lines, "diff.added", diff.added(), e -> "+ " + indicator(e));
        section(lines, "diff.removed", diff.removed(), e -> "- " + indicator(e));
        if (!diff.changed().isEmpty()) {
            lines.add(text("diff.changed", count(diff.changed().size())));
            for (PackDiff.IndicatorDiff d : diff.changed()) {
                lines.add("  * " + indicator(d));
                d.changes().stream().filter(this::inMyLanguage).forEach(c -> lines.add("      " + change(c)));
            }
        }
        section(lines, "diff.rules", diff.rules().stream().filter(this::inMyLanguage).toList(), this::change);
        return lines;
    }

    /** Whether a change is said to this reader: a source's change in the other language is not. */
    private boolean inMyLanguage(Change change) {
        return change.aspect() != Aspect.PROVENANCE_SOURCE || change.field().isEmpty()
                || change.field().equals(indonesian ? "id" : "en");
    }

    private <T> void section(List<String> lines, String heading, List<T> items, Function<T, String> line) {
        if (!items.isEmpty()) {
            lines.add(text(heading, count(items.size())));
            items.forEach(item -> lines.add("  " + line.apply(item)));
        }
    }

    /**
     * Names an indicator only one pack scores.
     *
     * @param entry the indicator
     * @return its words, such as {@code "Indikator 4 Kepemilikan Kutipan Akta Kelahiran (Klaster I), nilai maksimum
     *         40,00"}
     */
    public String indicator(PackDiff.IndicatorEntry entry) {
        requireNonNull(entry, "entry");
        return words.text("diff.indicator", entry.code(), entry.name(), cluster(entry.cluster()), points(entry.max()));
    }

    /**
     * Names an indicator both packs score differently.
     *
     * @param diff the indicator's diff
     * @return its words, such as {@code "Indikator 4 Kepemilikan Kutipan Akta Kelahiran (Klaster I)"}
     */
    public String indicator(PackDiff.IndicatorDiff diff) {
        requireNonNull(diff, "diff");
        return words.text("diff.indicator.changed", diff.code(), diff.name(), cluster(diff.cluster()));
    }

    /**
     * Says one change.
     *
     * @param change the change
     * @return its words, such as {@code "rentang peringkat Madya, batas bawah: 600 → 550"}
     */
    public String change(Change change) {
        requireNonNull(change, "change");
        String subject = subject(change);
        return switch (change.aspect()) {
            case ADDED -> text("diff.change.added", subject, addedValue(change, change.after()));
            case REMOVED -> text("diff.change.removed", subject, addedValue(change, change.before()));
            default -> text("diff.change", subject, value(change, change.before()), value(change, change.after()));
        };
    }

    /** What a change is of: the part, which one, and what of it. */
    private String subject(Change change) {
        Part part = change.part();
        String at = change.at();
        String whose = switch (part) {
            case SECTION_MAX -> text("diff.part.SECTION_MAX", cluster(Cluster.valueOf(at)));
            case BAND -> text("diff.part.BAND", named(Rank.valueOf(at)));
            case STAGES -> at.isEmpty() ? text("diff.part.STAGES") : text("diff.part.STAGES.stage",
                    named(Stage.valueOf(at)));
            case RUBRIC -> at.isEmpty() ? text("diff.part.RUBRIC") : text("diff.part.RUBRIC.question", at);
            case QUESTION, QUESTION_MAX, RANK_CONDITION -> text("diff.part." + part.name(), at);
            default -> text("diff.part." + part.name());
        };
        return switch (change.aspect()) {
            case ADDED, REMOVED, VALUE, COUNTING -> whose;
            case PARAMETER, DEFINITION -> text("diff.aspect." + change.aspect().name(), whose, change.field());
            case ROUNDING -> text("diff.aspect.ROUNDING", whose, text("diff.rounding." + change.field()));
            case KIND -> text(part == Part.INDICATOR ? "diff.aspect.KIND.indicator"
                    : part == Part.RANK_CONDITION ? "diff.aspect.KIND.condition" : "diff.aspect.KIND", whose);
            default -> text("diff.aspect." + change.aspect().name(), whose);
        };
    }

    /** The value of a rule added or removed: a rank condition's rank, the cap's provenance, otherwise a number. */
    private String addedValue(Change change, String value) {
        return switch (change.part()) {
            case RANK_CONDITION -> text("diff.value.rank", named(Rank.valueOf(value)));
            case CAP -> text("diff.value.provenance", value(Aspect.PROVENANCE_KIND, value));
            case BAND -> text("diff.value.from", number(value));
            default -> text("diff.value.max", number(value));
        };
    }

    private String value(Change change, String value) {
        return value(change.aspect(), value);
    }

    private String value(Aspect aspect, String value) {
        if (value.isEmpty()) {
            return text("diff.value.none");
        }
        return switch (aspect) {
            case STAGE -> named(Stage.valueOf(value));
            case RANK -> named(Rank.valueOf(value));
            case EVIDENCE_TYPE -> named(EvidenceType.valueOf(value));
            case COUNTING -> Arrays.stream(value.split(",")).map(this::constant).collect(Collectors.joining(", "));
            case DEFINITION -> bilingual(value).orElseGet(() -> number(value));
            case VALUE, PARAMETER -> number(value);
            case PROVENANCE_SOURCE, CONVENTION, INDICATOR -> value;
            default -> constant(value);
        };
    }

    /**
     * A value that is one number ({@code 40.00}, a rubric's {@code 0.75}) with the language's decimal mark and the
     * digits the pack gives; anything else (a JSON excerpt of a rubric's parameters, a text) as it is.
     */
    private String number(String value) {
        return NUMBER.matcher(value).matches() ? words.decimal(new BigDecimal(value)) : value;
    }

    /**
     * A definition that is a text in both languages, as the pack writes a name ({@code {"en": ..., "id": ...}}): its
     * words in this language, not the JSON.
     */
    private java.util.Optional<String> bilingual(String value) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = BILINGUAL.readTree(value);
            if (node != null && node.isObject() && node.size() == 2 && node.path("en").isTextual()
                    && node.path("id").isTextual()) {
                return java.util.Optional.of(node.get(indonesian ? "id" : "en").asText());
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Not JSON: a definition written as it is.
        }
        return java.util.Optional.empty();
    }

    /** A constant of the packs' data (a rubric kind, a provenance kind, a status, a flag) in words, or as it is. */
    private String constant(String name) {
        String key = "diff.value." + name;
        return words.has(key) ? words.text(key) : name;
    }

    /**
     * Says a replay: each district's change, the submissions not scored with their problems, and the summary per
     * rank.
     *
     * @param replay the replay
     * @return the lines, the title first
     */
    public List<String> lines(Replay replay) {
        requireNonNull(replay, "replay");
        List<String> lines = new ArrayList<>();
        lines.add(text("diff.replay.title", count(replay.districts().size() + replay.unscored().size()),
                replay.from(), replay.to()));
        if (replay.districts().isEmpty()) {
            lines.add("  " + text("diff.replay.none"));
        }
        replay.districts().forEach(d -> lines.add("  " + district(d)));
        if (!replay.unscored().isEmpty()) {
            lines.add(text("diff.replay.unscored", count(replay.unscored().size())));
            for (Replay.Unscored u : replay.unscored()) {
                unscored(u, replay).forEach(line -> lines.add("  " + line));
            }
        }
        if (!replay.summary().isEmpty()) {
            lines.add(text("diff.replay.summary", replay.from()));
            replay.summary().forEach(s -> lines.add("  " + summary(s)));
        }
        return lines;
    }

    /**
     * Says how one district moved.
     *
     * @param district the district
     * @return its words, such as {@code "batam.json (21.71): 745,00 Nindya → 755,00 Nindya (+10,00), tetap"}
     */
    public String district(Replay.DistrictChange district) {
        requireNonNull(district, "district");
        BigDecimal change = district.change();
        return text("diff.replay.district", district.name(), district.region(), points(district.totalA()),
                named(district.rankA()), points(district.totalB()), named(district.rankB()),
                (change.signum() > 0 ? "+" : "") + points(change), movement(district.movement()));
    }

    /**
     * Says a movement of rank.
     *
     * @param movement the movement
     * @return {@code "naik"}, {@code "turun"}, {@code "tetap"}, or the English words
     */
    public String movement(Replay.Movement movement) {
        return text("diff.movement." + requireNonNull(movement, "movement").name());
    }

    /**
     * Says why a submission was not scored: one line per problem, naming the pack (both, once, when both packs
     * find the same problems).
     *
     * @param unscored the submission
     * @param replay   the replay it is of, for the packs' ids
     * @return the lines
     */
    public List<String> unscored(Replay.Unscored unscored, Replay replay) {
        requireNonNull(unscored, "unscored");
        requireNonNull(replay, "replay");
        List<String> lines = new ArrayList<>();
        if (unscored.problemsA().equals(unscored.problemsB())) {
            problems(lines, unscored.name(), replay.from().equals(replay.to()) ? replay.from()
                    : text("diff.replay.both", replay.from(), replay.to()), unscored.problemsA());
        } else {
            problems(lines, unscored.name(), replay.from(), unscored.problemsA());
            problems(lines, unscored.name(), replay.to(), unscored.problemsB());
        }
        return lines;
    }

    private void problems(List<String> lines, String name, String pack, List<Violation> problems) {
        for (Violation v : problems) {
            lines.add(text("diff.replay.problem", name, pack, v.pointer().isEmpty() ? "/" : v.pointer(),
                    v.message()));
        }
    }

    /**
     * Says how the districts of one rank moved.
     *
     * @param summary the rank's summary
     * @return its words, such as {@code "Madya: 3 kabupaten/kota, naik 1, turun 0, tetap 2"}
     */
    public String summary(Replay.RankSummary summary) {
        requireNonNull(summary, "summary");
        return text("diff.replay.rank", named(summary.rank()), count(summary.districts()), count(summary.rose()),
                count(summary.fell()), count(summary.stayed()));
    }

    private String cluster(Cluster cluster) {
        return indonesian ? cluster.labelId() : cluster.labelEn();
    }

    private String named(Bilingual constant) {
        return indonesian ? constant.nameId() : constant.nameEn();
    }

    private static String count(int n) {
        return Integer.toString(n);
    }

    /** A key's words with its arguments put in, as every kla explainer puts them ({@link Words}). */
    private String text(String key, String... arguments) {
        return words.text(key, (Object[]) arguments);
    }

    /** Points as a recap prints them: at least two decimals. */
    private String points(BigDecimal value) {
        return words.points(value);
    }
}
