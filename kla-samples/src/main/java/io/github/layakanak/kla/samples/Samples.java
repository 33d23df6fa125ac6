package io.github.layakanak.kla.samples;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.layakanak.kla.model.Rank;
import io.github.layakanak.kla.model.Submission;
import io.github.layakanak.kla.model.internal.Json;
import io.github.layakanak.kla.model.json.KlaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Bundled sample submissions, to start from, to show and to test with (this class was
 * {@code io.github.layakanak.kla.testkit.Samples}; it moved here so that an app or the command line need not bring
 * the testkit and JUnit for them): the five districts of the news reports as complete
 * 2022 submissions, and edge districts (empty, perfect, and one exactly on each band edge).
 *
 * <p>The districts are real; their indicator data and documents are <strong>synthetic</strong>, calibrated so
 * that under the 2022 rule pack each lands in the rank it received or targeted that round: Kota Batam and Kota
 * Kendari Nindya, Kabupaten Bengkalis and Kabupaten Banyuasin Pratama, Kabupaten Tanjung Jabung Barat Madya.
 *
 * <p>The same five districts are bundled for the 2024 evaluation cycle too, as {@code batam-2024},
 * {@code bengkalis-2024}, {@code kendari-2024}, {@code banyuasin-2024} and {@code tanjung-jabung-barat-2024}:
 * synthetic answers to the 274 questions of the 2024 rule pack, calibrated under it (Kota Batam at its published
 * 770.16, Nindya, as a verifier's recap; Kabupaten Bengkalis at its published 661.69, Madya). Each sample's
 * {@link Sample#pack()} names the pack it is calibrated for.
 *
 * <pre>{@code
 * Submission batam = Samples.get("batam");
 * ScoreCard card = ScoringEngine.score(pack2022, batam); // Nindya, 745.00
 * }</pre>
 */
public final class Samples {

    private static final String FOLDER = "samples/";
    private static final List<Sample> ALL = load();

    private Samples() {
    }

    /**
     * One bundled sample.
     *
     * @param name          its name, such as {@code batam}
     * @param region        the region's code
     * @param description   what it is, saying that its data is synthetic, in Indonesian and English
     * @param pack          the id of the pack it is calibrated for
     * @param expectedRank  the rank it lands in under that pack
     * @param expectedTotal the total it scores under that pack
     */
    public record Sample(String name, String region, Description description, String pack, Rank expectedRank,
            BigDecimal expectedTotal) {

        /**
         * Creates a sample's description.
         *
         * @param name          its name
         * @param region        the region's code
         * @param description   what it is
         * @param pack          the pack it is calibrated for
         * @param expectedRank  its rank under that pack
         * @param expectedTotal its total under that pack
         * @throws NullPointerException if an argument is null
         */
        public Sample {
            requireNonNull(name, "name");
            requireNonNull(region, "region");
            requireNonNull(description, "description");
            requireNonNull(pack, "pack");
            requireNonNull(expectedRank, "expectedRank");
            requireNonNull(expectedTotal, "expectedTotal");
        }

        /**
         * Returns what the sample is, in a language: Indonesian for {@code id}, English otherwise.
         *
         * <pre>{@code
         * String words = Samples.find("batam").orElseThrow().description(Locale.forLanguageTag("id"));
         * }</pre>
         *
         * @param locale the language
         * @return the description
         */
        public String description(Locale locale) {
            return description.text(locale);
        }

        /**
         * Returns the sample's submission.
         *
         * @return the submission
         */
        public Submission submission() {
            return KlaJson.readSubmission(json());
        }

        /**
         * Returns the sample's submission as JSON, as bundled.
         *
         * @return the JSON text
         */
        public String json() {
            return resource(name + ".json");
        }
    }

    /**
     * What a sample is, in both of kla's languages; in the index as {@code {"id": "...", "en": "..."}}.
     *
     * @param indonesian the description in Indonesian
     * @param english    the description in English
     */
    public record Description(String indonesian, String english) {

        /**
         * Creates a description.
         *
         * @param indonesian the description in Indonesian
         * @param english    the description in English
         * @throws NullPointerException if an argument is null
         */
        public Description {
            requireNonNull(indonesian, "indonesian");
            requireNonNull(english, "english");
        }

        /**
         * Returns the description in a language: Indonesian for {@code id} (also the old code {@code in}),
         * English for any other.
         *
         * @param locale the language
         * @return the description
         */
        public String text(Locale locale) {
            String language = requireNonNull(locale, "locale").getLanguage();
            return language.equals("id") || language.equals("in") ? indonesian : english;
        }
    }

    /**
     * Returns every bundled sample, the five districts first.
     *
     * @return the samples
     */
    public static List<Sample> all() {
        return ALL;
    }

    /**
     * Returns the samples calibrated for one rule pack.
     *
     * @param packId the pack's id, such as {@code kla-2022}
     * @return its samples, possibly none
     */
    public static List<Sample> forPack(String packId) {
        requireNonNull(packId, "packId");
        return ALL.stream().filter(s -> s.pack().equals(packId)).toList();
    }

    /**
     * Finds a sample by name.
     *
     * @param name the name, case-insensitive, such as {@code batam} or {@code tanjung-jabung-barat}
     * @return the sample, or empty
     */
    public static Optional<Sample> find(String name) {
        String wanted = requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        return ALL.stream().filter(s -> s.name().equals(wanted)).findFirst();
    }

    /**
     * Returns a sample's submission by name.
     *
     * @param name the name
     * @return the submission
     * @throws IllegalArgumentException if there is no such sample; the message lists the names
     */
    public static Submission get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no sample [" + name + "]; the samples are "
                + ALL.stream().map(Sample::name).toList())).submission();
    }

    private static List<Sample> load() {
        try {
            ObjectMapper mapper = Json.newMapper();
            List<Sample> samples = new ArrayList<>();
            for (JsonNode entry : mapper.readTree(resource("index.json"))) {
                JsonNode description = entry.required("description");
                samples.add(new Sample(entry.required("name").asText(), entry.required("region").asText(),
                        new Description(description.required("id").asText(), description.required("en").asText()),
                        entry.required("pack").asText(), Rank.valueOf(entry.required("expectedRank").asText()),
                        entry.required("expectedTotal").decimalValue()));
            }
            return List.copyOf(samples);
        } catch (IOException e) {
            throw new UncheckedIOException("the samples index of kla-samples cannot be read", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the samples index of kla-samples lacks a field: " + e.getMessage(), e);
        }
    }

    private static String resource(String file) {
        try (InputStream in = Samples.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("kla-samples is missing its sample " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
