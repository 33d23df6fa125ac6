package io.github.layakanak.kla.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.model.json.JsonFormatException;
import io.github.layakanak.kla.model.json.KlaJson;
import io.github.layakanak.kla.model.validation.Violation;
import io.github.layakanak.kla.scoring.RulePacks;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a problem is in the file a district edits: the line and column of a JSON pointer, and, inside an answer,
 * the indicator's number and name as the pack of the file's year calls them. For a message such as
 * {@code batam.json: /answers/3/value/percent: must be a percentage from 0 to 100 (baris 61, kolom 20; Indikator 4
 * Kepemilikan Kutipan Akta Kelahiran)}. Only refusals need it, so the file is read again, and a file that cannot be
 * read or parsed that far gives what could be found.
 */
final class Places {

    private static final Pattern IN_ANSWER = Pattern.compile("/answers/(\\d+)(/.*)?");

    /** kla's own reader's limits, so that a second read of a hostile file costs no more than the first. */
    private static final ObjectMapper MAPPER = Json.newMapper();

    private final byte[] json;
    private final RulePacks packs;
    private final Lang lang;
    private @Nullable Ids ids;

    private Places(byte[] json, RulePacks packs, Lang lang) {
        this.json = json;
        this.packs = packs;
        this.lang = lang;
    }

    /** The places of a document as it was read. */
    static Places of(byte[] json, RulePacks packs, Lang lang) {
        return new Places(json, packs, lang);
    }

    /** The places of an input's file or sample; none for an input whose bytes cannot be read again. */
    static Places of(Input input, RulePacks packs, Lang lang) {
        byte[] bytes = new byte[0];
        if (input.path().isPresent() && Files.isRegularFile(input.path().get())) {
            try (InputStream in = Files.newInputStream(input.path().get())) {
                bytes = in.readNBytes(KlaJson.MAX_DOCUMENT_BYTES);
            } catch (IOException e) {
                bytes = new byte[0];
            }
        } else if (input.sample().isPresent()) {
            bytes = input.sample().get().json().getBytes(StandardCharsets.UTF_8);
        }
        return new Places(bytes, packs, lang);
    }

    /**
     * The words to add to each violation: {@code  (baris 61, kolom 20; Indikator 4 ...)}, or nothing; the indicator
     * is left out where the violation's own words name it already.
     *
     * @param violations the violations
     * @return the words for each, in the same order, empty where nothing is known
     */
    List<String> describe(List<Violation> violations) {
        Map<String, JsonLocation> found = locate(violations.stream().map(Violation::pointer).distinct().toList());
        List<String> words = new ArrayList<>();
        for (Violation violation : violations) {
            JsonLocation location = found.get(violation.pointer());
            words.add(words(violation.pointer(),
                    location == null ? OptionalInt.empty() : OptionalInt.of(location.getLineNr()),
                    location == null ? OptionalInt.empty() : OptionalInt.of(location.getColumnNr()),
                    violation.message()));
        }
        return words;
    }

    /**
     * The words to add to one problem of a refused file, from the line and column the reader found for it (left
     * out when the problem's words say them already) and the indicator its pointer is in.
     *
     * @param problem      the problem
     * @param withLocation whether to give the line and column
     * @return {@code  (baris 61, kolom 20; Indikator 4 ...)}, or nothing when nothing is known
     */
    String describe(JsonFormatException.Problem problem, boolean withLocation) {
        return withLocation ? words(problem.pointer(), problem.line(), problem.column(), "")
                : words(problem.pointer(), OptionalInt.empty(), OptionalInt.empty(), "");
    }

    /** The place's words; the indicator left out when {@code said}, the problem's own words, name it already. */
    private String words(String pointer, OptionalInt line, OptionalInt column, String said) {
        StringBuilder place = new StringBuilder();
        if (line.isPresent() && column.isPresent()) {
            place.append(lang.text("places.lineColumn", line.getAsInt(), column.getAsInt()));
        }
        indicator(pointer)
                .map(indicator -> lang.text("places.indicator", indicator.code(),
                        lang.t(indicator.nameId(), indicator.nameEn())))
                .filter(named -> !said.contains(named))
                .ifPresent(named -> place.append(place.length() > 0 ? "; " : "").append(named));
        return place.length() == 0 ? "" : " (" + place + ")";
    }

    /** The first token at each pointer: the field's name, or the element, as the file has it. */
    private Map<String, JsonLocation> locate(List<String> pointers) {
        Map<String, JsonLocation> found = new HashMap<>();
        if (json.length == 0) {
            return found;
        }
        JsonFactory factory = MAPPER.getFactory();
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && found.size() < pointers.size()) {
                String at = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                if (pointers.contains(at)) {
                    found.putIfAbsent(at, parser.currentTokenLocation());
                }
            }
        } catch (JsonProcessingException e) {
            // Broken JSON: the pointer of the refusal is where it broke.
            JsonLocation location = e.getLocation();
            if (location != null) {
                pointers.forEach(pointer -> found.putIfAbsent(pointer, location));
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    /** The indicator an answer's pointer is inside, in the pack of the file's year. */
    private Optional<Indicator> indicator(String pointer) {
        Matcher matcher = IN_ANSWER.matcher(pointer);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Ids ids = ids();
        String id = ids.indicators.get(Integer.parseInt(matcher.group(1)));
        if (id == null || ids.year == null) {
            return Optional.empty();
        }
        return packs.findForYear(ids.year)
                .flatMap(pack -> pack.findIndicator(id))
                .map(IndicatorRule::indicator);
    }

    /** The file's year and its answers' indicators, as far as the file can be read: broken JSON ends it there. */
    private record Ids(@Nullable Integer year, Map<Integer, String> indicators) {
    }

    private Ids ids() {
        if (ids == null) {
            Integer year = null;
            Map<Integer, String> indicators = new HashMap<>();
            try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
                parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    JsonStreamContext at = parser.getParsingContext();
                    if (token == JsonToken.VALUE_NUMBER_INT && year == null && "year".equals(at.getCurrentName())
                            && at.getParent() != null && at.getParent().inRoot()
                            && parser.getNumberType() == JsonParser.NumberType.INT) {
                        year = parser.getIntValue();
                    } else if (token == JsonToken.VALUE_STRING && "indicator".equals(at.getCurrentName())
                            && isAnswer(at.getParent())) {
                        indicators.putIfAbsent(at.getParent().getCurrentIndex(), parser.getText());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Broken JSON, or beyond a limit: what was read before it stays.
            }
            ids = new Ids(year, indicators);
        }
        return ids;
    }

    /** Whether a context is an element of the top-level {@code answers}. */
    private static boolean isAnswer(@Nullable JsonStreamContext element) {
        if (element == null || !element.inArray()) {
            return false;
        }
        JsonStreamContext answers = element.getParent();
        return answers != null && answers.inObject() && "answers".equals(answers.getCurrentName())
                && answers.getParent() != null && answers.getParent().inRoot();
    }
}
