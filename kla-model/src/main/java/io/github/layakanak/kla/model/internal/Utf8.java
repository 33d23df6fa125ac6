package io.github.layakanak.kla.model.internal;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.layakanak.kla.model.json.JsonFormatException;
import java.util.Locale;

/**
 * Checks that a document is UTF-8, strictly (RFC 3629), before Jackson reads it. Jackson reads UTF-16 and
 * UTF-32 by guessing from the first bytes, and takes overlong forms and encoded surrogates, which other tools
 * read differently: a document kla reads must mean one thing.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Refuses bytes that are not UTF-8.
     *
     * @param json the document
     * @throws JsonFormatException naming the place of the first byte that is not UTF-8
     */
    static void check(byte[] json) {
        if (utf16Or32(json)) {
            throw new JsonFormatException("", JsonWords.of("json.encoding.utf16"));
        }
        int bad = firstInvalid(json);
        if (bad >= 0) {
            throw new JsonFormatException(Json.pointerWhereTokensEnd(new JsonFactory(), json, bad), JsonWords.of("json.encoding.byte",
                    String.format(Locale.ROOT, "0x%02X", json[bad] & 0xff), String.valueOf(line(json, bad)),
                    String.valueOf(column(json, bad))));
        }
    }

    /** A UTF-16 byte-order mark, or a zero byte among the first four, which JSON in UTF-8 cannot start with. */
    private static boolean utf16Or32(byte[] json) {
        if (json.length >= 2 && (json[0] == (byte) 0xfe && json[1] == (byte) 0xff
                || json[0] == (byte) 0xff && json[1] == (byte) 0xfe)) {
            return true;
        }
        for (int i = 0; i < Math.min(4, json.length); i++) {
            if (json[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The offset of the first byte of the first sequence that is not UTF-8, or -1. */
    static int firstInvalid(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length;
            int min2;
            int max2 = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                length = 2;
                min2 = 0x80;
            } else if (c >= 0xe0 && c <= 0xef) {
                length = 3;
                min2 = c == 0xe0 ? 0xa0 : 0x80;       // no overlong forms
                max2 = c == 0xed ? 0x9f : 0xbf;       // no surrogates
            } else if (c >= 0xf0 && c <= 0xf4) {
                length = 4;
                min2 = c == 0xf0 ? 0x90 : 0x80;
                max2 = c == 0xf4 ? 0x8f : 0xbf;       // nothing above U+10FFFF
            } else {
                return i;
            }
            if (i + length > n) {
                return i;
            }
            int second = b[i + 1] & 0xff;
            if (second < min2 || second > max2) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    private static int line(byte[] json, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (json[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int column(byte[] json, int offset) {
        int column = 1;
        for (int i = offset - 1; i >= 0 && json[i] != '\n'; i--) {
            if ((json[i] & 0xc0) != 0x80) {
                column++;
            }
        }
        return column;
    }
}
