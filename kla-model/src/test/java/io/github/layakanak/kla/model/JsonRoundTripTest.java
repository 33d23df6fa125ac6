package io.github.layakanak.kla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.layakanak.kla.model.json.KlaJson;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonRoundTripTest {

    private static final Evidence PERWALI = new Evidence(EvidenceType.PERKADA, "Perwali KLA",
            Optional.of("43/2019"), Optional.of(LocalDate.of(2019, 8, 12)), Optional.of("Wali Kota Batam"),
            Optional.of(URI.create("https://jdih.batam.go.id/43.pdf")),
            Optional.of("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            Map.of(Stage.FIELD_VERIFICATION, Verification.invalid("no stamp"),
                    Stage.ADMINISTRATIVE_VERIFICATION, Verification.VALID));

    private static final Question QUESTION = new Question("2a", new BigDecimal("1.25"),
            "Kebijakan daerah: akta kelahiran", "Local policy: birth certificates", MeasurementKind.DOCUMENT_LEVEL,
            List.of("supporting document"), Scope.KABUPATEN_KOTA, List.of("JDIH", "Disdukcapil"));

    static Stream<Arguments> values() {
        Stream<Object> enums = Stream.of(Cluster.values(), Stage.values(), Rank.values(), EvidenceType.values(),
                VerificationStatus.values(), MeasurementKind.values(), Direction.values(), DocumentLevel.values(),
                FunctioningLevel.values(), Scope.values(), RegionKind.values()).flatMap(Arrays::stream);
        Stream<Object> values = Stream.of(
                Measurement.lowerIsBetter(MeasurementKind.PERCENTAGE, "%"),
                QUESTION,
                new Indicator("birth-certificates", "4", Cluster.KLASTER_I, "Kepemilikan Kutipan Akta Kelahiran",
                        "Birth-certificate coverage", Measurement.higherIsBetter(MeasurementKind.PERCENTAGE, "%"),
                        Set.of(EvidenceType.REPORT, EvidenceType.PERKADA), List.of(QUESTION)),
                IndicatorValue.percent("97.40"),
                new IndicatorValue.Percentage(new BigDecimal("1.2"), Optional.of(new BigDecimal("1.8"))),
                new IndicatorValue.Count(3, Optional.of(2L)),
                IndicatorValue.document(DocumentLevel.PERDA),
                IndicatorValue.functioning(FunctioningLevel.PARTIAL),
                new IndicatorValue.Presence(true),
                new IndicatorValue.Budget(true, false),
                new IndicatorValue.Composite(Map.of("a", IndicatorValue.count(1),
                        "b", new IndicatorValue.Composite(Map.of("c", new IndicatorValue.Presence(false))))),
                Verification.PENDING,
                Verification.invalid("tanpa tanda tangan"),
                PERWALI,
                QuestionAnswer.chose("1", "SK_AND_FUNCTIONING", List.of(PERWALI)),
                QuestionAnswer.awarded("3zg", new BigDecimal("0.5")),
                new Answer("kla-institution", Optional.of(IndicatorValue.percent("50")), List.of(PERWALI),
                        List.of(QuestionAnswer.awarded("1", BigDecimal.ONE)), Optional.of(new BigDecimal("1.00"))),
                new Region("21.71", "KOTA BATAM", "KEPULAUAN RIAU"),
                Examples.submission());
        return Stream.concat(enums, values).map(v -> Arguments.of(v.getClass().getSimpleName(), v));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("values")
    void readsBackWhatItWrites(String type, Object value) {
        String json = KlaJson.write(value);

        Object read = KlaJson.read(json, readType(value));

        assertEquals(value, read);
        assertEquals(json, KlaJson.write(read));
    }

    private static Class<?> readType(Object value) {
        if (value instanceof IndicatorValue) {
            return IndicatorValue.class;
        }
        Class<?> type = value.getClass();
        return type.isEnum() ? type : type.isAnonymousClass() ? type.getSuperclass() : type;
    }
}
