package io.github.layakanak.kla.scoring;

import io.github.layakanak.kla.model.EvidenceType;
import io.github.layakanak.kla.model.IndicatorValue;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;

/** The wording of explanations, in Indonesian and English. */
final class Texts {

    private Texts() {
    }

    /** A number as people write it: no trailing zeros, no exponent. */
    static String number(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Points at the pack's scale, as printed on a recap. */
    static String points(BigDecimal value) {
        return value.toPlainString();
    }

    static String valueId(IndicatorValue value) {
        if (value instanceof IndicatorValue.Percentage p) {
            return number(p.percent()) + "%" + p.previousYear().map(y -> " (tahun sebelumnya " + number(y) + "%)")
                    .orElse("");
        }
        if (value instanceof IndicatorValue.Count c) {
            return c.count() + c.previousYear().map(y -> " (tahun sebelumnya " + y + ")").orElse("");
        }
        if (value instanceof IndicatorValue.Document d) {
            return d.level().nameId();
        }
        if (value instanceof IndicatorValue.Functioning f) {
            return f.level().nameId();
        }
        if (value instanceof IndicatorValue.Presence p) {
            return p.present() ? "Ada" : "Tidak ada";
        }
        if (value instanceof IndicatorValue.Budget b) {
            return "APBD " + (b.regional() ? "ya" : "tidak") + ", sumber lain " + (b.other() ? "ya" : "tidak");
        }
        return "Gabungan " + ((IndicatorValue.Composite) value).items().size() + " sub-item";
    }

    static String valueEn(IndicatorValue value) {
        if (value instanceof IndicatorValue.Percentage p) {
            return number(p.percent()) + "%" + p.previousYear().map(y -> " (previous year " + number(y) + "%)")
                    .orElse("");
        }
        if (value instanceof IndicatorValue.Count c) {
            return c.count() + c.previousYear().map(y -> " (previous year " + y + ")").orElse("");
        }
        if (value instanceof IndicatorValue.Document d) {
            return d.level().nameEn();
        }
        if (value instanceof IndicatorValue.Functioning f) {
            return f.level().nameEn();
        }
        if (value instanceof IndicatorValue.Presence p) {
            return p.present() ? "Present" : "Absent";
        }
        if (value instanceof IndicatorValue.Budget b) {
            return "regional budget " + (b.regional() ? "yes" : "no") + ", other sources "
                    + (b.other() ? "yes" : "no");
        }
        return "Composite of " + ((IndicatorValue.Composite) value).items().size() + " sub-items";
    }

    static String typesId(Set<EvidenceType> types) {
        return types.isEmpty() ? "dokumen pendukung"
                : types.stream().map(EvidenceType::nameId).collect(Collectors.joining(", "));
    }

    static String typesEn(Set<EvidenceType> types) {
        return types.isEmpty() ? "supporting documents"
                : types.stream().map(EvidenceType::nameEn).collect(Collectors.joining(", "));
    }
}
