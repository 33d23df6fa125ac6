package io.github.layakanak.kla.rules.y2024;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.layakanak.kla.model.EvidenceType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Generates the pack's parameters file, {@code kla-2024.json}, from the instrument's table of questions,
 * {@code src/test/resources/instrument-2024/questions.csv} (a copy of the shared {@code data/instrument-2024}
 * table: the structure and maxima of the "Rekap Penilaian Mandiri KLA 2024" as a district transcribed it).
 *
 * <p>Not part of the build (its name does not end in Test); run it after changing the table or the rules below,
 * then check the diff:
 * <pre>
 * ./mvnw -B install -DskipTests &amp;&amp; ./mvnw -B test -pl kla-rules-2024 -Dtest=ParametersWriter -Dkla.parameters.write=true
 * </pre>
 * {@link Kla2024ParametersTest} checks that the committed file is exactly what this writes, so the JSON cannot
 * drift from the table.
 *
 * <p>What comes from the table, and is SOURCED: the sections and their maxima (Klaster I as the table's
 * {@code section_max}, 115: the recap's own 150 is a transcription error), the 31 indicator rows with their codes,
 * Indonesian names and maxima, and the 274 questions with their codes, maxima, topics (Indonesian and English),
 * the evidence they ask for, their scope and the agencies that answer them. What this class adds, each labelled:
 * the stable ids and English names of the indicators (shared with kla-2022 where the indicator is the same), the
 * rubric of each question by its answer kind (HYPOTHETICAL fractions, see {@link #rubric}), the caps of 19 and
 * 21B (an inference), the evidence types each indicator accepts (a reading of the evidence the questions ask
 * for), and the round, bands, stages, gate and Perda condition (as in kla-2022, from the same sources).
 */
class ParametersWriter {

    /** The instrument's table, one row per question. */
    static final Path CSV = Path.of("src", "test", "resources", "instrument-2024", "questions.csv");

    /** The parameters file the pack loads. */
    static final Path OUTPUT = Path.of("src", "main", "resources", "io", "github", "layakanak", "kla", "rules",
            "y2024", "kla-2024.json");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Where the recap's transcription is published: the public repository and the file in it. */
    private static final String REPOSITORY = "github.com/arepsyu/bidadari-oi, database/seeders/KlaSeeder.php";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int WIDTH = 118;

    /** An indicator row: the stable id and the English name this pack gives it. */
    private record Naming(String id, String en) {
    }

    /**
     * Stable ids and English names by the 2024 code. Ids 1 to 20 are kla-2022's (PAUD-HI is 9 and alternative
     * care 10 in the 2024 recap, the other way round in 2022: matched by name); the sub-indicators of cluster V
     * and the sub-district and village rows are new.
     */
    static final Map<String, Naming> NAMING = naming(
            "1", "kla-regulation", "Regional regulations and policies on KLA",
            "2", "kla-institution", "Strengthening the institutions of KLA",
            "3", "community-involvement",
            "Role of civil society, business and the mass media in fulfilling children's rights and special protection",
            "4", "birth-certificates", "Children registered and holding a birth certificate",
            "5", "child-information", "Child-friendly information facilities (ILA)",
            "6", "child-participation", "Institutionalised child participation",
            "7", "child-marriage", "Preventing child marriage",
            "8", "family-consultation", "Consultation services on parenting for parents and families",
            "9", "paud-hi", "Holistic-integrative early childhood development (PAUD-HI)",
            "10", "alternative-care", "Standardised alternative and temporary care institutions",
            "11", "child-friendly-infrastructure", "Child-friendly infrastructure in public spaces",
            "12", "facility-deliveries", "Births in health facilities",
            "13", "nutrition", "Nutritional status of children under five",
            "14", "infant-feeding", "Infant and young child feeding (PMBA) under two",
            "15", "child-friendly-health-facilities", "Health facilities with child-friendly services",
            "16", "water-sanitation", "Healthy environment: safe drinking water and adequate sanitation",
            "17", "smoke-free", "Smoke-free areas and the ban on tobacco advertising, promotion and sponsorship",
            "18", "compulsory-education", "12-year compulsory education",
            "19", "child-friendly-schools", "Child-friendly schools (SRA)",
            "20", "creativity-centres", "Child-friendly facilities for cultural, creative and recreational activities",
            "21A", "special-protection-prevention", "Prevention in special protection",
            "21B", "violence-exploitation-services", "Services for child victims of violence and exploitation",
            "21C", "child-labour", "Children freed from child labour and its worst forms",
            "22A", "pornography-drugs-hiv-services",
            "Services for child victims of pornography and drugs (NAPZA) and children living with HIV/AIDS",
            "22B", "disaster-conflict-services", "Services for child victims of disasters and conflict",
            "23A", "disability-minority-services",
            "Services for children with disabilities and for minority and isolated children",
            "23B", "deviant-behaviour-services", "Services for children with deviant social behaviour (PSM)",
            "24A", "juvenile-diversion", "Cases of child offenders settled by diversion",
            "24B", "terrorism-stigma-services",
            "Services for child victims of terrorism networks and of stigma over their parents' situation",
            "25", "child-friendly-sub-districts", "KLA run in the sub-districts (Kecamatan Layak Anak)",
            "26", "child-friendly-villages", "KLA run in the villages and urban wards (Desa/Kelurahan Layak Anak)");

    /** Percentages where fewer is better: prevalences, and shares of sub-districts or villages with cases. */
    static final Set<String> LOWER_IS_BETTER = Set.of("13/1", "13/2", "13/3", "14/3", "25/7a", "25/7b", "25/7c",
            "25/7d", "26/8a", "26/8b", "26/8c", "26/8d");

    /** Yes/no questions about something harmful, where "no" earns the points. */
    static final Set<String> ABSENCE_IS_BETTER = Set.of("17/5", "17/6", "24A/4", "26/17");

    /** Counts of deaths, where fewer is better and the recap asks for two years of data. */
    static final Set<String> DEATHS = Set.of("12/4", "12/5");

    @Test
    @EnabledIfSystemProperty(named = "kla.parameters.write", matches = "true")
    void writeParameters() throws IOException {
        Files.writeString(OUTPUT, generate(Files.readString(CSV)));
    }

    /** One row of the table. */
    record Row(String sectionCode, String sectionMax, String indicatorCode, String indicatorName,
            String indicatorMax, String questionCode, String questionMax, String topicId, String topicEn,
            String answerKind, List<String> evidence, String scope, List<String> agencies) {

        String key() {
            return indicatorCode + "/" + questionCode;
        }
    }

    /**
     * Generates the parameters file from the table.
     *
     * @param csv the table, as text
     * @return the parameters file, as text
     */
    static String generate(String csv) {
        List<Row> rows = rows(csv);
        ObjectNode pack = JSON.objectNode();
        pack.put("id", Kla2024.PACK_ID);
        pack.putArray("years").add(Kla2024.YEAR);
        pack.set("name", names("Evaluasi Kabupaten/Kota Layak Anak siklus 2024 (Rekap Penilaian Mandiri KLA 2024, "
                + "31 indikator, 274 pertanyaan)", "Child-friendly regency/city (KLA) evaluation, 2024 cycle "
                + "(self-assessment recap 2024, 31 indicators, 274 questions)"));
        pack.put("regionEdition", "KEMENDAGRI_2025");
        pack.set("provenances", provenances());
        pack.set("round", round());
        pack.set("totalMax", quantity("1000", "total-max"));
        ObjectNode rounding = pack.putObject("rounding");
        rounding.put("scale", 2);
        rounding.put("mode", "HALF_UP");
        rounding.put("at", "INDICATOR");
        rounding.put("provenance", "rounding");
        ArrayNode sections = pack.putArray("sections");
        Map<String, String> sectionMax = new LinkedHashMap<>();
        rows.forEach(r -> sectionMax.putIfAbsent(r.sectionCode(), r.sectionMax()));
        sectionMax.forEach((cluster, max) -> {
            ObjectNode section = sections.addObject();
            section.put("cluster", cluster);
            section.set("max", quantity(max, cluster.equals("KLASTER_I") ? "recap-klaster-i" : "recap"));
        });
        pack.set("bands", bands());
        pack.set("stages", stages());
        ObjectNode gate = pack.putObject("gate");
        gate.put("stage", "ADMINISTRATIVE_VERIFICATION");
        gate.set("threshold", quantity("500", "gate"));
        gate.put("inclusive", false);
        ObjectNode condition = pack.putArray("rankConditions").addObject();
        condition.put("id", Kla2024.PERDA_FOR_UTAMA);
        condition.put("rank", "UTAMA");
        condition.put("indicator", "kla-regulation");
        condition.put("evidenceType", "PERDA");
        condition.put("enabled", false);
        condition.put("provenance", "perda-condition");
        ArrayNode indicators = pack.putArray("indicators");
        Map<String, List<Row>> byIndicator = new LinkedHashMap<>();
        rows.forEach(r -> byIndicator.computeIfAbsent(r.indicatorCode(), k -> new ArrayList<>()).add(r));
        byIndicator.forEach((code, questions) -> indicators.add(indicator(code, questions)));
        StringBuilder out = new StringBuilder();
        print(pack, "", 0, out);
        return out.append('\n').toString();
    }

    private static ObjectNode indicator(String code, List<Row> questions) {
        Row first = questions.get(0);
        Naming naming = NAMING.get(code);
        if (naming == null) {
            throw new IllegalStateException("no id for indicator [" + code + "]");
        }
        ObjectNode indicator = JSON.objectNode();
        indicator.put("id", naming.id());
        indicator.put("code", code);
        indicator.put("cluster", first.sectionCode());
        indicator.set("name", names(first.indicatorName(), naming.en()));
        Set<String> kinds = new LinkedHashSet<>();
        questions.forEach(q -> kinds.add(kind(q)));
        indicator.putObject("measurement").put("kind", kinds.size() == 1 ? kinds.iterator().next() : "COMPOSITE");
        ArrayNode accepted = indicator.putArray("acceptedEvidence");
        accepted(questions).forEach(t -> accepted.add(t.name()));
        indicator.set("max", quantity(first.indicatorMax(), "recap"));
        ArrayNode list = indicator.putArray("questions");
        BigDecimal sum = BigDecimal.ZERO;
        for (Row row : questions) {
            list.add(question(row));
            sum = sum.add(new BigDecimal(row.questionMax()));
        }
        BigDecimal max = new BigDecimal(first.indicatorMax());
        if (sum.compareTo(max) > 0) {
            String at = String.format(Locale.ROOT, "indicator %s add up to %s, above its maximum of %s", code,
                    sum.toPlainString(), max.toPlainString());
            String di = String.format(Locale.ROOT, "indikator %s pada rekap adalah %s, di atas nilai maksimum "
                    + "indikatornya, %s", code, sum.toPlainString().replace('.', ','), max.toPlainString());
            indicator.putObject("cap").set("provenance", provenance("HYPOTHETICAL",
                    "simpulan penyusun paket: jumlah nilai maksimum pertanyaan " + di + ", dan rekap tidak menyebut "
                            + "aturan untuk kelebihannya; jumlah nilai pertanyaan dibatasi pada nilai maksimum "
                            + "indikator (" + REPOSITORY + ")",
                    "inference: the recap's question maxima of " + at + ", and the recap states no rule for the "
                            + "excess; the questions' points are capped at the indicator's maximum (" + REPOSITORY
                            + ")"));
        }
        return indicator;
    }

    private static ObjectNode question(Row row) {
        ObjectNode question = JSON.objectNode();
        question.put("code", row.questionCode());
        question.set("max", quantity(row.questionMax(), "recap"));
        question.set("topic", names(row.topicId(), row.topicEn()));
        question.put("kind", kind(row));
        ArrayNode evidence = question.putArray("evidence");
        row.evidence().forEach(evidence::add);
        question.put("scope", row.scope());
        ArrayNode agencies = question.putArray("agencies");
        row.agencies().forEach(agencies::add);
        if (!evidenceRequired(row)) {
            question.put("evidenceRequired", false);
        }
        question.set("rubric", rubric(row));
        return question;
    }

    /**
     * Whether a declaration earns the question's points only with evidence that counts at the stage: always for
     * regulation and budget questions (the document is the answer), otherwise when the recap asks for a document.
     */
    static boolean evidenceRequired(Row row) {
        return !row.evidence().isEmpty() || row.answerKind().equals("DOCUMENT") || row.answerKind().equals("BUDGET");
    }

    /** The measurement kind of a question, by the table's answer kind. */
    static String kind(Row row) {
        return switch (row.answerKind()) {
            case "DOCUMENT" -> "DOCUMENT_LEVEL";
            case "BUDGET" -> "BUDGET";
            case "PERCENT" -> "PERCENTAGE";
            case "COUNT" -> "COUNT";
            case "LEVEL" -> "FUNCTIONING_LEVEL";
            case "YES_NO" -> "PRESENCE";
            case "TEXT_EVIDENCE" -> "EVIDENCE_ONLY";
            default -> throw new IllegalStateException("unknown answer kind [" + row.answerKind() + "] of "
                    + row.key());
        };
    }

    /**
     * The rubric of a question, by its answer kind. Every fraction is HYPOTHETICAL: the points per answer option
     * are not published, and these are the fractions the domain brief infers from a real recap (regulation
     * quarter steps, budget 1.0 and 0.66, sub-district and village shares proportional) or the stand-ins kla-2022
     * already uses (coverage bands, functioning, counts).
     */
    static ObjectNode rubric(Row row) {
        ObjectNode rubric = JSON.objectNode();
        String key = row.key();
        switch (row.answerKind()) {
            case "DOCUMENT" -> {
                rubric.put("kind", "DOCUMENT_LADDER");
                rubric.put("provenance", "fractions-regulation");
                ObjectNode f = rubric.putObject("fractions");
                f.put("PERDA", 1);
                f.put("PERKADA_OR_SK", new BigDecimal("0.75"));
                f.put("INSTRUCTION_OR_CIRCULAR", new BigDecimal("0.5"));
                f.put("DRAFT", new BigDecimal("0.25"));
                f.put("NONE", 0);
            }
            case "BUDGET" -> {
                rubric.put("kind", "BUDGET_SOURCES");
                rubric.put("provenance", "fractions-budget");
                rubric.put("both", 1);
                rubric.put("one", new BigDecimal("0.66"));
                rubric.put("none", 0);
            }
            case "PERCENT" -> {
                boolean local = row.indicatorCode().equals("25") || row.indicatorCode().equals("26");
                boolean lower = LOWER_IS_BETTER.contains(key);
                if (local || lower) {
                    rubric.put("kind", "PROPORTIONAL");
                    rubric.put("provenance", local ? "fractions-proportional" : "stand-in-prevalence");
                    rubric.put("direction", lower ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER");
                } else {
                    rubric.put("kind", "PERCENT_BANDS");
                    rubric.put("provenance", "stand-in-coverage");
                    rubric.put("direction", "HIGHER_IS_BETTER");
                    ArrayNode bands = rubric.putArray("bands");
                    String[][] steps = {{"0", "0"}, {"25", "0.25"}, {"50", "0.5"}, {"75", "0.75"}, {"90", "1"}};
                    for (String[] step : steps) {
                        ObjectNode band = bands.addObject();
                        band.put("from", new BigDecimal(step[0]));
                        band.put("fraction", new BigDecimal(step[1]));
                    }
                }
            }
            case "COUNT" -> {
                if (DEATHS.contains(key)) {
                    rubric.put("kind", "TARGET_COMPARISON");
                    rubric.put("provenance", "stand-in-deaths");
                    rubric.put("direction", "LOWER_IS_BETTER");
                    rubric.put("target", 0);
                    rubric.put("atTarget", 1);
                    rubric.put("improving", new BigDecimal("0.5"));
                    rubric.put("worsening", 0);
                } else {
                    rubric.put("kind", "COUNT_THRESHOLDS");
                    rubric.put("provenance", "stand-in-count");
                    ArrayNode thresholds = rubric.putArray("thresholds");
                    String[][] steps = {{"0", "0"}, {"1", "0.25"}, {"3", "0.5"}, {"5", "0.75"}, {"10", "1"}};
                    for (String[] step : steps) {
                        ObjectNode threshold = thresholds.addObject();
                        threshold.put("atLeast", Long.parseLong(step[0]));
                        threshold.put("fraction", new BigDecimal(step[1]));
                    }
                }
            }
            case "LEVEL" -> {
                rubric.put("kind", "FUNCTIONING_LADDER");
                rubric.put("provenance", "stand-in-functioning");
                ObjectNode f = rubric.putObject("fractions");
                f.put("FULL", 1);
                f.put("PARTIAL", new BigDecimal("0.5"));
                f.put("NONE", 0);
            }
            case "YES_NO" -> {
                boolean absence = ABSENCE_IS_BETTER.contains(key);
                rubric.put("kind", "PRESENCE");
                rubric.put("provenance", "stand-in-presence");
                rubric.put("present", absence ? 0 : 1);
                rubric.put("absent", absence ? 1 : 0);
            }
            case "TEXT_EVIDENCE" -> {
                rubric.put("kind", "OPTIONS");
                rubric.put("provenance", "stand-in-evidence");
                ArrayNode options = rubric.putArray("options");
                option(options, "PROVIDED", "1", "Diuraikan dan didukung data dukung", "Described and documented");
                option(options, "PARTIAL", "0.5", "Diuraikan, data dukung belum lengkap",
                        "Described, documents incomplete");
                option(options, "NOT_PROVIDED", "0", "Tidak diuraikan", "Not provided");
            }
            default -> throw new IllegalStateException("unknown answer kind of " + key);
        }
        return rubric;
    }

    private static void option(ArrayNode options, String id, String fraction, String labelId, String labelEn) {
        ObjectNode option = options.addObject();
        option.put("id", id);
        option.put("fraction", new BigDecimal(fraction));
        option.set("label", names(labelId, labelEn));
    }

    /**
     * The evidence types an indicator accepts, read from what its questions ask for: regulations for regulation
     * questions, budget extracts for budget questions, a report for a matrix or data, photos, an action plan, a
     * child profile, an MoU for a partnership; and, for the recap's many "supporting documents", a decree, a
     * report, photographs or another document.
     */
    static Set<EvidenceType> accepted(List<Row> questions) {
        Set<EvidenceType> types = EnumSet.of(EvidenceType.SK, EvidenceType.REPORT, EvidenceType.ACTIVITY_PHOTO,
                EvidenceType.OTHER);
        for (Row row : questions) {
            String asked = String.join("; ", row.evidence()).toLowerCase(Locale.ROOT);
            String topic = row.topicEn().toLowerCase(Locale.ROOT);
            if (row.answerKind().equals("DOCUMENT")) {
                types.addAll(List.of(EvidenceType.PERDA, EvidenceType.PERKADA, EvidenceType.SK,
                        EvidenceType.INSTRUCTION, EvidenceType.CIRCULAR));
            }
            if (row.answerKind().equals("BUDGET") || asked.contains("budget")) {
                types.add(EvidenceType.BUDGET_EXTRACT);
            }
            if (asked.contains("rad") || topic.contains("action plan")) {
                types.add(EvidenceType.ACTION_PLAN);
            }
            if (topic.contains("profile")) {
                types.add(EvidenceType.CHILD_PROFILE);
            }
            if (topic.contains("partnership")) {
                types.add(EvidenceType.MOU);
            }
            if (asked.contains("legal basis") || asked.contains("policy document")) {
                types.addAll(List.of(EvidenceType.PERDA, EvidenceType.PERKADA));
            }
        }
        return types;
    }

    private static ObjectNode provenances() {
        ObjectNode p = JSON.objectNode();
        p.set("recap", provenance("SOURCED",
                "nilai maksimum bagian, indikator, dan pertanyaan dari 'Rekap Penilaian Mandiri KLA 2024' "
                + "(siklus evaluasi 2024: data tahun 2023, peringkat dianugerahkan 8 Agustus 2025) sebagaimana "
                + "disalin dalam aplikasi pendataan Pemerintah Kabupaten Ogan Ilir, "
                + "github.com/arepsyu/bidadari-oi, database/seeders/KlaSeeder.php (salinan kabupaten, bukan "
                + "publikasi kementerian)",
                "maxima of the sections, indicators and questions from the 'Rekap Penilaian Mandiri KLA 2024' "
                + "(the 2024 evaluation cycle: 2023 data, ranks awarded 8 August 2025) as transcribed in the "
                + "Kabupaten Ogan Ilir government's data-collection app, github.com/arepsyu/bidadari-oi, "
                + "database/seeders/KlaSeeder.php (a district's copy, not a ministry publication)"));
        p.set("recap-klaster-i", provenance("SOURCED",
                "nilai maksimum indikator 4, 5, dan 6 (15, 45, dan 55) dari 'Rekap Penilaian Mandiri KLA 2024' "
                + "(siklus evaluasi 2024: data tahun 2023, peringkat dianugerahkan 8 Agustus 2025) sebagaimana "
                + "disalin dalam aplikasi pendataan Pemerintah Kabupaten Ogan Ilir, "
                + "github.com/arepsyu/bidadari-oi, database/seeders/KlaSeeder.php (salinan kabupaten, bukan "
                + "publikasi kementerian). Nilai maksimum Klaster I pada rekap itu, 150, merupakan kesalahan "
                + "penyalinan: jumlah indikatornya 115, nilai yang dipakai di sini, sehingga ketujuh bagian "
                + "berjumlah 1000",
                "the maxima of indicators 4, 5 and 6 (15, 45 and 55) from the 'Rekap Penilaian Mandiri KLA "
                + "2024' (the 2024 evaluation cycle: 2023 data, ranks awarded 8 August 2025) as transcribed in "
                + "the Kabupaten Ogan Ilir government's data-collection app, github.com/arepsyu/bidadari-oi, "
                + "database/seeders/KlaSeeder.php (a district's copy, not a ministry publication). The recap's "
                + "own Klaster I maximum, 150, is a transcription error: its indicators sum to 115, the value "
                + "used here, with which the seven sections sum to 1000"));
        p.set("total-max", provenance("OFFICIAL",
                "KemenPPPA: nilai kabupaten/kota paling tinggi 1000, dengan rentang 901-1000 untuk peringkat "
                + "KLA (megapolitan.kompas.com 2022-09-20; antaranews.com berita/3603408); nilai maksimum "
                + "indikator pada rekap siklus 2024 juga berjumlah 1000 (github.com/arepsyu/bidadari-oi, "
                + "database/seeders/KlaSeeder.php)",
                "KemenPPPA: districts are scored out of 1000, bands up to 901-1000 for KLA "
                + "(megapolitan.kompas.com 2022-09-20; antaranews.com berita/3603408); the indicator maxima of "
                + "the 2024-cycle recap sum to 1000 too (github.com/arepsyu/bidadari-oi, "
                + "database/seeders/KlaSeeder.php)"));
        p.set("bands", provenance("OFFICIAL",
                "Pernyataan KemenPPPA tentang rentang nilai peringkat: di bawah 500 belum berperingkat, "
                + "Pratama 500-600, Madya 601-700, Nindya 701-800, Utama 801-900, KLA 901-1000 "
                + "(megapolitan.kompas.com 2022-09-20; antaranews.com berita/3603408); rentang yang sama pada "
                + "evaluasi 2023 dan 2025 (mnctrijaya.com/news/detail/60473; kaidah.id/?p=16157). Ketentuan "
                + "untuk nilai berdesimal di antara dua rentang merupakan simpulan penyusun paket dan dinyatakan "
                + "dalam paket ini",
                "KemenPPPA statements on the rank bands: below 500 none, Pratama 500-600, Madya 601-700, "
                + "Nindya 701-800, Utama 801-900, KLA 901-1000 (megapolitan.kompas.com 2022-09-20; "
                + "antaranews.com berita/3603408); the same bands in the 2023 and 2025 rounds "
                + "(mnctrijaya.com/news/detail/60473; kaidah.id/?p=16157). How a score with decimals between two "
                + "bands falls is the pack authors' inference, declared with the bands"));
        p.set("stages", provenance("HYPOTHETICAL",
                "Data dukung mana yang dihitung pada tiap tahap tidak dipublikasikan dalam peraturan maupun "
                + "pernyataan KemenPPPA; penyusun paket menyimpulkannya dari berita tentang nilai yang turun di "
                + "antara tahap karena data dukung tidak memiliki legalitas atau tidak lengkap (Kabupaten Garut "
                + "2021, 805,26 menjadi 631: garut.inews.id/amp/57484; Kabupaten Kotawaringin Timur 2023, 721 "
                + "menjadi 588,40: radarsampit.com): pada verifikasi hanya data dukung yang dinyatakan sah yang "
                + "dihitung, sedangkan pada Penilaian Mandiri data dukung yang belum diverifikasi juga "
                + "dihitung, karena demikianlah nilai Penilaian Mandiri terbentuk. Urutan tahap (Penilaian "
                + "Mandiri, Verifikasi Administrasi, Verifikasi Lapangan, Verifikasi Final) sebagaimana disebut "
                + "dalam pemberitaan tersebut. Sejak 2023 Verifikasi Administrasi dilakukan oleh provinsi "
                + "(mnctrijaya.com/news/detail/60473).",
                "Which evidence counts at each stage is published in no regulation and no KemenPPPA "
                + "statement; the pack authors infer it from news of scores that fell between stages because "
                + "evidence lacked legality or was incomplete (Kabupaten Garut 2021, 805.26 to 631: "
                + "garut.inews.id/amp/57484; Kabupaten Kotawaringin Timur 2023, 721 to 588.40: "
                + "radarsampit.com): at a verification only evidence found valid counts, while at the "
                + "self-assessment evidence not yet verified counts too, since that is how a self-assessed "
                + "score is formed. The order of the stages (self-assessment, administrative, field and final "
                + "verification) is as those reports name them. From 2023 the province does the administrative "
                + "verification (mnctrijaya.com/news/detail/60473)."));
        p.set("gate", provenance("SOURCED",
                "Hanya kabupaten/kota dengan nilai di atas 500 setelah Verifikasi Administrasi (oleh provinsi "
                + "sejak 2023) yang berlanjut ke Verifikasi Lapangan, sebagaimana dilaporkan Pemerintah "
                + "Kabupaten Bengkalis tentang evaluasi 2019 (bengkaliskab.go.id: \"meraih nilai diatas 500 poin "
                + "dalam Verifikasi Administrasi\"); \"di atas 500\" dibaca apa adanya: nilai 500,00 tidak "
                + "berlanjut",
                "Only districts above 500 after the administrative verification (by the province from 2023) "
                + "go on to field verification, as the Kabupaten Bengkalis government reports of the 2019 round "
                + "(bengkaliskab.go.id: districts scoring above 500 points in the administrative verification); "
                + "'above 500' read literally: 500.00 does not go on"));
        p.set("round", provenance("SOURCED",
                "Siklus evaluasi 2024 menilai data tahun 2023 dan menganugerahkan peringkatnya pada 8 Agustus "
                + "2025 (siklus 'Rekap Penilaian Mandiri KLA 2024', github.com/arepsyu/bidadari-oi, "
                + "database/seeders/KlaSeeder.php; penganugerahan: kaidah.id/?p=16157, m.jpnn.com 2025-08-09). "
                + "Jadwal menurut pemberitaan, hanya dilaporkan berita dan pejabat daerah: Penilaian Mandiri "
                + "sampai akhir Mei 2024, Verifikasi Lapangan April-Mei 2025 (dibaca sebagai bulan penuh), "
                + "penganugerahan 8 Agustus 2025. Awal Penilaian Mandiri tidak dipublikasikan dan dibaca sebagai "
                + "1 Januari 2024, awal tahun evaluasi. Verifikasi Administrasi dilakukan oleh provinsi (sejak "
                + "2023, mnctrijaya.com/news/detail/60473); tanggalnya dan tanggal Verifikasi Final tidak "
                + "dipublikasikan sehingga keduanya tidak dimasukkan dalam jadwal",
                "The 2024 evaluation cycle scores 2023 data and awarded its ranks on 8 August 2025 (the cycle "
                + "of the 'Rekap Penilaian Mandiri KLA 2024', github.com/arepsyu/bidadari-oi, "
                + "database/seeders/KlaSeeder.php; award: kaidah.id/?p=16157, m.jpnn.com 2025-08-09). Calendar "
                + "as news reports give it, reported only by news and regional officials: self-assessment to the "
                + "end of May 2024, field verification April-May 2025 (read as whole months), award 8 August "
                + "2025. The start of the self-assessment is not public and is read as 1 January 2024, the start "
                + "of the evaluation year. The province does the administrative verification (from 2023, "
                + "mnctrijaya.com/news/detail/60473); its dates and those of the final verification are not "
                + "public, so both are left out of the calendar"));
        p.set("rounding", provenance("HYPOTHETICAL",
                "dua angka desimal, sebagaimana nilai dipublikasikan (770,16 Kota Batam 2025, sijori.id; "
                + "661,69 Kabupaten Bengkalis 2025, riau.antaranews.com berita/340668; 588,40 Kabupaten "
                + "Kotawaringin Timur 2023, radarsampit.com); cara dan tahap pembulatan tidak dipublikasikan: "
                + "setengah ke atas, pada nilai tiap indikator, agar nilai indikator pada rekap berjumlah sama "
                + "dengan totalnya, seperti pada paket aturan 2022",
                "two decimals as scores are published (770.16 Kota Batam 2025, sijori.id; 661.69 Kabupaten "
                + "Bengkalis 2025, riau.antaranews.com berita/340668; 588.40 Kabupaten Kotawaringin Timur 2023, "
                + "radarsampit.com); the rounding mode and where to round are unpublished: half up, at each "
                + "indicator, so that the indicator points a recap shows add up to its total, as in the 2022 pack"));
        p.set("fractions-regulation", provenance("HYPOTHETICAL",
                "nilai per pilihan jawaban tidak dipublikasikan; pecahan nilai pada rekap yang nyata (rekap "
                + "Kabupaten Ogan Ilir, github.com/arepsyu/bidadari-oi) sesuai dengan tahapan seperempat untuk "
                + "pertanyaan tentang regulasi (simpulan penyusun paket): Perda 1,0, Perkada atau SK 0,75, "
                + "instruksi atau surat edaran 0,5, dokumen lain atau rancangan 0,25, tidak ada 0",
                "points per answer option are not published; scored fractions seen in a real recap (Kabupaten "
                + "Ogan Ilir's, github.com/arepsyu/bidadari-oi) fit quarter steps for regulation questions "
                + "(inference): Perda 1.0, Perkada or SK 0.75, instruction or circular 0.5, another document or "
                + "a draft 0.25, none 0"));
        p.set("fractions-budget", provenance("HYPOTHETICAL",
                "nilai per pilihan jawaban tidak dipublikasikan; pecahan nilai pada rekap yang nyata (rekap "
                + "Kabupaten Ogan Ilir, github.com/arepsyu/bidadari-oi) sesuai dengan 1,0 untuk APBD beserta "
                + "sumber lain dan 0,66 untuk satu sumber (simpulan penyusun paket); tidak ada anggaran 0",
                "points per answer option are not published; scored fractions seen in a real recap (Kabupaten "
                + "Ogan Ilir's, github.com/arepsyu/bidadari-oi) fit 1.0 for the regional budget and other "
                + "sources and 0.66 for one source (inference); none 0"));
        p.set("fractions-proportional", provenance("HYPOTHETICAL",
                "nilai per pilihan jawaban tidak dipublikasikan; pecahan nilai pada rekap yang nyata (rekap "
                + "Kabupaten Ogan Ilir, github.com/arepsyu/bidadari-oi) sesuai dengan nilai yang sebanding "
                + "dengan persentase untuk pertanyaan tentang kecamatan dan desa/kelurahan (simpulan penyusun "
                + "paket); untuk persentase kecamatan atau desa/kelurahan dengan kasus gizi buruk, gizi kurang, "
                + "gizi lebih, atau stunting, makin kecil makin baik, sehingga nilainya 100 dikurangi persentase "
                + "tersebut",
                "points per answer option are not published; scored fractions seen in a real recap (Kabupaten "
                + "Ogan Ilir's, github.com/arepsyu/bidadari-oi) fit points proportional to the percentage for "
                + "questions about sub-districts and villages (inference); for the shares of sub-districts or "
                + "villages with malnutrition, underweight, overweight or stunting cases fewer is better, so "
                + "they earn 100 minus the percentage"));
        p.set("stand-in-coverage", provenance("HYPOTHETICAL",
                "nilai per pilihan jawaban tidak dipublikasikan; untuk persentase cakupan kabupaten/kota "
                + "sendiri dipakai angka pengganti cakupan dari penyusun paket, seperti pada paket aturan 2022: "
                + ">=90% 1,0, 75-90% 0,75, 50-75% 0,5, 25-50% 0,25, <25% 0",
                "points per answer option are not published; for a district's own coverage percentage the pack "
                + "authors' coverage stand-in, as in the 2022 pack: >=90% 1.0, 75-90% 0.75, 50-75% 0.5, 25-50% "
                + "0.25, <25% 0"));
        p.set("stand-in-prevalence", provenance("HYPOTHETICAL",
                "nilai per pilihan jawaban tidak dipublikasikan; prevalensi yang makin rendah makin baik (gizi "
                + "kurang, gizi lebih, dan stunting pada balita; MP-ASI yang diberikan sebelum usia enam bulan) "
                + "mendapat nilai 100 dikurangi persentasenya: pembacaan sebanding pada rekap (simpulan penyusun "
                + "paket), dibalik, sebagai pengganti target yang tidak dipublikasikan kementerian",
                "points per answer option are not published; a prevalence where lower is better (underweight, "
                + "overweight and stunting among young children; complementary feeding started before six "
                + "months) earns 100 minus the percentage: the recap's proportional reading of shares "
                + "(inference), turned round, instead of a target the ministry has not published"));
        p.set("stand-in-functioning", provenance("HYPOTHETICAL",
                "nilai per pilihan jawaban tidak dipublikasikan; pertanyaan tentang seberapa penuh sesuatu "
                + "dilaksanakan (pelatihan Konvensi Hak Anak, keberfungsian Gugus Tugas, keterlibatan Forum "
                + "Anak) memakai angka pengganti keberfungsian dari penyusun paket, seperti pada paket aturan "
                + "2022: penuh 1,0, sebagian 0,5, tidak ada 0",
                "points per answer option are not published; questions on how fully something is done "
                + "(training on the Convention on the Rights of the Child, a task force functioning, Forum Anak "
                + "involvement) take the pack authors' functioning stand-in, as in the 2022 pack: full 1.0, "
                + "partial 0.5, none 0"));
        p.set("stand-in-presence", provenance("HYPOTHETICAL",
                "nilai per pilihan jawaban tidak dipublikasikan; pertanyaan ya/tidak mendapat nilai penuh atau "
                + "nol: ya 1,0, tidak 0; untuk empat pertanyaan tentang hal yang merugikan (menerima iklan atau "
                + "sponsor rokok, bekerja sama dengan perusahaan rokok, anak ditahan bersama orang dewasa, anak "
                + "bekerja) jawaban tidak bernilai 1,0 dan ya 0",
                "points per answer option are not published; a yes/no question earns all or nothing: yes 1.0, "
                + "no 0; for the four questions about something harmful (tobacco advertising or sponsorship "
                + "accepted, cooperation with tobacco firms, children detained with adults, children working) no "
                + "earns 1.0 and yes 0"));
        p.set("stand-in-count", provenance("HYPOTHETICAL",
                "nilai per pilihan jawaban tidak dipublikasikan; ambang jumlah tidak dipublikasikan; angka "
                + "pengganti dari paket aturan 2022, yang menerapkan tahapan seperempat pada angka pengganti "
                + "cakupan untuk jumlah: 1 -> 0,25, 3 -> 0,5, 5 -> 0,75, 10 atau lebih -> 1",
                "points per answer option are not published; no count thresholds are published; the 2022 "
                + "pack's stand-in, which gives the coverage stand-in's quarter steps to counts: 1 -> 0.25, 3 -> "
                + "0.5, 5 -> 0.75, 10 or more -> 1"));
        p.set("stand-in-deaths", provenance("HYPOTHETICAL",
                "nilai per pilihan jawaban tidak dipublikasikan; jumlah kematian bayi atau ibu, yang makin "
                + "sedikit makin baik, tidak dapat dinilai dengan ambang \"paling sedikit\"; dipakai angka "
                + "pengganti dari penyusun paket untuk capaian yang makin rendah makin baik dengan target nol: "
                + "tidak ada kematian 1,0, lebih sedikit daripada tahun sebelumnya (rekap meminta data dua "
                + "tahun) 0,5, selain itu 0",
                "points per answer option are not published; a count of infant or maternal deaths, where fewer "
                + "is better, cannot be rated by thresholds of 'at least'; the pack authors' lower-is-better "
                + "stand-in with a target of none: no deaths 1.0, fewer than the previous year (the recap asks "
                + "for two years of data) 0.5, otherwise 0"));
        p.set("stand-in-evidence", provenance("HYPOTHETICAL",
                "nilai per pilihan jawaban tidak dipublikasikan; pertanyaan yang dijawab dengan menguraikan "
                + "dan mendokumentasikan kemitraan, inovasi, atau peran: diuraikan dan didukung data dukung 1,0; "
                + "diuraikan dengan data dukung yang belum lengkap 0,5, karena butir kemitraan dan inovasi "
                + "mendapat nilai sebagian pada rekap yang nyata (rekap Kabupaten Ogan Ilir, "
                + "github.com/arepsyu/bidadari-oi) (simpulan penyusun paket); tidak ada 0",
                "points per answer option are not published; questions answered by describing and documenting "
                + "a partnership, an innovation or a role: described and documented 1.0; described with "
                + "incomplete documents 0.5, since partnership and innovation items earn partial credit in a "
                + "real recap (Kabupaten Ogan Ilir's, github.com/arepsyu/bidadari-oi) (inference); not provided 0"));
        p.set("perda-condition", provenance("HYPOTHETICAL",
                "belum terkonfirmasi: pejabat daerah menyatakan bahwa Perda tentang KLA menjadi syarat "
                + "peringkat Utama (sebagian menyebut Nindya), hanya berdasarkan berita dan keterangan pejabat "
                + "daerah; dibantah oleh Kota Batam, yang meraih Nindya pada 2022, 2023, dan 2025 tanpa Perda "
                + "tentang KLA. Tidak berlaku secara bawaan; aplikasi yang memakai kla dapat memberlakukannya",
                "unconfirmed: regional officials say a Perda on KLA is required for Utama (some say Nindya), "
                + "from news and regional officials only; contradicted by Kota Batam, Nindya in 2022, 2023 and "
                + "2025 without a Perda on KLA. Off by default; an application using kla can switch it on"));
        return p;
    }

    private static ObjectNode round() {
        ObjectNode round = JSON.objectNode();
        round.put("evaluationYear", 2024);
        round.put("dataYear", 2023);
        round.put("awardYear", 2025);
        ArrayNode calendar = round.putArray("calendar");
        window(calendar, "SELF_ASSESSMENT", "Penilaian Mandiri", "Self-assessment", "2024-01-01", "2024-05-31");
        window(calendar, "FIELD_VERIFICATION", "Verifikasi Lapangan", "Field verification", "2025-04-01",
                "2025-05-31");
        window(calendar, "AWARD", "Penganugerahan KLA", "KLA award", "2025-08-08", "2025-08-08");
        round.put("provenance", "round");
        return round;
    }

    private static void window(ArrayNode calendar, String id, String labelId, String labelEn, String from,
            String to) {
        ObjectNode window = calendar.addObject();
        window.put("id", id);
        window.set("label", names(labelId, labelEn));
        window.put("from", from);
        window.put("to", to);
    }

    private static ObjectNode bands() {
        ObjectNode bands = JSON.objectNode();
        bands.put("convention", "A total exactly on a published boundary belongs to the lower band, except 500.00, "
                + "which is Pratama: below 500.00 none; 500.00 to 600.00 Pratama; 600.01 to 700.00 Madya; 700.01 to "
                + "800.00 Nindya; 800.01 to 900.00 Utama; 900.01 to 1000.00 KLA. The published bands are whole "
                + "numbers (500-600, 601-700, ...); this reading of two-decimal totals between them is an inference of "
                + "the pack, not a published rule");
        bands.put("provenance", "bands");
        ArrayNode ranks = bands.putArray("ranks");
        Object[][] rows = {{"NONE", 0, true}, {"PRATAMA", 500, true}, {"MADYA", 600, false}, {"NINDYA", 700, false},
            {"UTAMA", 800, false}, {"KLA", 900, false}};
        for (Object[] row : rows) {
            ObjectNode rank = ranks.addObject();
            rank.put("rank", (String) row[0]);
            rank.put("from", (Integer) row[1]);
            rank.put("fromInclusive", (Boolean) row[2]);
        }
        return bands;
    }

    private static ObjectNode stages() {
        ObjectNode stages = JSON.objectNode();
        ObjectNode counting = stages.putObject("counting");
        counting.putArray("SELF_ASSESSMENT").add("PENDING").add("VALID");
        counting.putArray("ADMINISTRATIVE_VERIFICATION").add("VALID");
        counting.putArray("FIELD_VERIFICATION").add("VALID");
        counting.putArray("FINAL").add("VALID");
        stages.put("provenance", "stages");
        return stages;
    }

    private static ObjectNode quantity(String value, String provenance) {
        ObjectNode quantity = JSON.objectNode();
        quantity.put("value", new BigDecimal(value));
        quantity.put("provenance", provenance);
        return quantity;
    }

    private static ObjectNode provenance(String kind, String indonesian, String english) {
        ObjectNode provenance = JSON.objectNode();
        provenance.put("kind", kind);
        provenance.set("source", names(indonesian, english));
        return provenance;
    }

    private static ObjectNode names(String id, String en) {
        ObjectNode names = JSON.objectNode();
        names.put("id", id);
        names.put("en", en);
        return names;
    }

    private static Map<String, Naming> naming(String... triples) {
        Map<String, Naming> naming = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            naming.put(triples[i], new Naming(triples[i + 1], triples[i + 2]));
        }
        return naming;
    }

    /** Reads the table: RFC 4180 fields, a header row naming the columns. */
    static List<Row> rows(String csv) {
        List<List<String>> records = parse(csv);
        List<String> header = records.get(0);
        List<String> expected = List.of("section_code", "section_name", "section_max", "indicator_code",
                "indicator_name", "indicator_max", "question_code", "question_max", "topic_id", "topic_en",
                "answer_kind", "evidence", "scope", "agencies");
        if (!header.equals(expected)) {
            throw new IllegalStateException("questions.csv has the columns " + header + ", expected " + expected);
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> f : records.subList(1, records.size())) {
            rows.add(new Row(f.get(0), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8), f.get(9),
                    f.get(10), split(f.get(11), ";"), f.get(12), split(f.get(13), ";")));
        }
        return rows;
    }

    private static List<String> split(String field, String separator) {
        return field.isBlank() ? List.of()
                : Arrays.stream(field.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    records.add(record);
                }
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** Writes JSON with a container on one line when it fits, otherwise one member per line. */
    private static void print(JsonNode node, String indent, int prefix, StringBuilder out) {
        String compact = compact(node);
        if (!node.isContainerNode() || node.isEmpty() || indent.length() + prefix + compact.length() <= WIDTH) {
            out.append(compact);
            return;
        }
        String inner = indent + "  ";
        out.append(node.isObject() ? '{' : '[');
        boolean first = true;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                out.append(first ? "\n" : ",\n").append(inner);
                String key = scalar(JSON.textNode(member.getKey())) + ": ";
                out.append(key);
                print(member.getValue(), inner, key.length(), out);
                first = false;
            }
        } else {
            for (JsonNode element : node) {
                out.append(first ? "\n" : ",\n").append(inner);
                print(element, inner, 0, out);
                first = false;
            }
        }
        out.append('\n').append(indent).append(node.isObject() ? '}' : ']');
    }

    private static String compact(JsonNode node) {
        if (node.isObject()) {
            List<String> members = new ArrayList<>();
            node.properties().forEach(m -> members.add(scalar(JSON.textNode(m.getKey())) + ": "
                    + compact(m.getValue())));
            return "{" + String.join(", ", members) + "}";
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.forEach(e -> elements.add(compact(e)));
            return "[" + String.join(", ", elements) + "]";
        }
        return scalar(node);
    }

    private static String scalar(JsonNode node) {
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString();
        }
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
