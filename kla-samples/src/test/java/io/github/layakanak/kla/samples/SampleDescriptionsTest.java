package io.github.layakanak.kla.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every sample says what it is in Indonesian and in English. */
class SampleDescriptionsTest {

    @Test
    void everySampleIsDescribedInBothLanguages() {
        for (Samples.Sample sample : Samples.all()) {
            Samples.Description description = sample.description();
            assertFalse(description.indonesian().isBlank(), sample.name());
            assertFalse(description.english().isBlank(), sample.name());
            assertNotEquals(description.indonesian(), description.english(), sample.name());
        }
    }

    @Test
    void aDescriptionIsIndonesianForIdAndEnglishOtherwise() {
        Samples.Sample batam = Samples.find("batam").orElseThrow();
        assertEquals("Kota Batam (Kepulauan Riau), Nindya pada 2022; data indikator dan dokumen rekaan",
                batam.description(Locale.forLanguageTag("id")));
        assertEquals(batam.description().indonesian(), batam.description(Locale.forLanguageTag("id-ID")));
        assertEquals("Kota Batam (Kepulauan Riau), Nindya in 2022; synthetic indicator data and documents",
                batam.description(Locale.ENGLISH));
        assertEquals(batam.description().english(), batam.description(Locale.FRENCH));
    }

    @Test
    void aDescriptionNeedsBothLanguages() {
        assertThrows(NullPointerException.class, () -> new Samples.Description("ada", null));
        assertThrows(NullPointerException.class, () -> new Samples.Description(null, "there"));
    }
}
