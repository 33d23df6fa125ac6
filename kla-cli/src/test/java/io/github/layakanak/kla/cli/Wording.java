package io.github.layakanak.kla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.layakanak.kla.report.internal.Lang;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words of the other language in what kla prints: English in Indonesian output, Indonesian in English output.
 * It looks for the small words every sentence of a language needs ({@code the}, {@code of}, {@code must};
 * {@code yang}, {@code dan}, {@code tidak}) and for the words kla's own messages use most, so a sentence left
 * untranslated is found whatever it says. What is nobody's language is taken out first: options ({@code --force}),
 * paths and file names, JSON pointers, values quoted as the input has them ({@code [2019]}, {@code "INVALID"}), and the text the caller names as the user's own (a district's name, its
 * documents' titles, a regulation's title as it is cited).
 */
final class Wording {

    /** Words of English sentences that Indonesian never uses. */
    static final Set<String> ENGLISH = Set.of("the", "of", "and", "is", "are", "was", "were", "be", "to", "for",
            "with", "not", "must", "give", "given", "has", "have", "this", "that", "which", "from", "by", "an", "or",
            "on", "at", "its", "it", "than", "in", "missing", "expected", "unknown", "error", "option", "options",
            "points", "file", "files", "found", "invalid", "usage", "try", "see", "more", "should", "cannot", "write",
            "score", "scores", "rank", "stage", "pack", "submission", "indicator", "question", "answer", "evidence",
            "none", "only", "each", "every", "default", "when", "where", "what", "how", "does", "do", "there", "here",
            "one", "two", "reads", "prints", "shows", "print", "show", "read", "without");

    /** Words of Indonesian sentences that English never uses. */
    static final Set<String> INDONESIAN = Set.of("yang", "dan", "tidak", "dengan", "untuk", "dari", "belum", "atau",
            "pada", "ini", "itu", "adalah", "harus", "ke", "di", "sampai", "nilai", "peringkat", "tahap", "berkas",
            "pertanyaan", "indikator", "kekurangan", "bukan", "tulis", "berikan", "jika", "bila", "tanpa", "setiap",
            "baris", "kolom", "bagian", "dokumen", "dukung", "sebagai", "oleh", "dalam", "akan", "sudah",
            "maks", "jumlah", "lihat", "coba", "perintah", "opsi", "bawaan");

    private static final Pattern NOBODYS = Pattern.compile(
            "--?[A-Za-z][A-Za-z-]*"                  // options
            + "|\\S*[/\\\\]\\S*"                      // paths, pointers, addresses
            + "|\\S+\\.(json|csv|html|txt|jar|md)\\b" // file names
            + "|\\b[0-9a-f]{64}\\b"                 // a SHA-256, whose hex digits may spell "be" or "add"
            + "|\\[[^\\]]*\\]"                      // a value quoted by kla, as in [2019]
            + "|\"[^\"\\s]*\"");                   // a JSON value as the user writes it, as in "INVALID"

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Wording() {
    }

    /** The English words in an Indonesian text, once the user's own text is taken out. */
    static List<String> english(String text, Collection<String> own) {
        return found(text, own, ENGLISH);
    }

    /** The Indonesian words in an English text, once the user's own text is taken out. */
    static List<String> indonesian(String text, Collection<String> own) {
        return found(text, own, INDONESIAN);
    }

    /** The words of the other language in the text of {@code lang}. */
    static List<String> foreign(Lang lang, String text, Collection<String> own) {
        return lang == Lang.ID ? english(text, own) : indonesian(text, own);
    }

    /** The words of the other language in the text of the command line's {@code lang}. */
    static List<String> foreign(io.github.layakanak.kla.cli.Lang lang, String text, Collection<String> own) {
        return foreign(lang.words(), text, own);
    }

    /** Asserts the text of the command line's {@code lang} has no word of the other language. */
    static void assertIn(io.github.layakanak.kla.cli.Lang lang, String text, Collection<String> own, String what) {
        assertIn(lang.words(), text, own, what);
    }

    /** Asserts the text of {@code lang} has no word of the other language, naming each with its line. */
    static void assertIn(Lang lang, String text, Collection<String> own, String what) {
        assertEquals(List.of(), foreign(lang, text, own), () -> what + " in " + lang + " has words of the other "
                + "language:\n" + text);
    }

    private static List<String> found(String text, Collection<String> own, Set<String> words) {
        String rest = text;
        List<String> sorted = new ArrayList<>(own);
        sorted.sort((a, b) -> b.length() - a.length());
        for (String words0 : sorted) {
            if (!words0.isEmpty()) {
                rest = rest.replace(words0, " ");
            }
        }
        List<String> found = new ArrayList<>();
        for (String line : rest.split("\n")) {
            String bare = NOBODYS.matcher(line).replaceAll(" ");
            Matcher word = WORD.matcher(bare);
            while (word.find()) {
                if (words.contains(word.group().toLowerCase(Locale.ROOT))) {
                    found.add(word.group() + " in: " + line.strip());
                }
            }
        }
        return found;
    }
}
