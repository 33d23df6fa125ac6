package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/** The command line's words come from its bundle in each language. */
class TextsTest {

    @Test
    void eachLanguageHasItsOwnWords() {
        assertEquals("Bahasa Indonesia", Lang.ID.text("texts.language"));
        assertEquals("English", Lang.EN.text("texts.language"));
    }

    @Test
    void argumentsGoInByNumberAndApostrophesStay() {
        assertEquals("Kota's 745,00 of 1000 {2} {x}", Texts.fill("{0}'s {1} of 1000 {2} {x}", "Kota", "745,00"));
    }

    @Test
    void aKeyWithoutWordsIsABugNotASilentGap() {
        assertThrows(MissingResourceException.class, () -> Lang.ID.text("no.such.key"));
    }
}
