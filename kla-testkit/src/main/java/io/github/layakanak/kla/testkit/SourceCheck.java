package io.github.layakanak.kla.testkit;

import io.github.layakanak.kla.scoring.pack.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule pack's sources must be, since district staff read them beside its numbers: in Indonesian and in
 * English, each in its own language; an OFFICIAL or SOURCED number citing a public page in each; none naming a
 * file of the pack's project, an internal brief or a constant of the code. {@link RulePackContract} runs it over
 * every provenance of the pack.
 */
final class SourceCheck {

    /** A public address: a host name with a known top-level domain, and a path if it has one. */
    private static final Pattern ADDRESS =
            Pattern.compile("(?<![\\w@.-])(?:[a-z0-9-]+\\.)+(?:com|id|org|net|info|int|gov|io)(?:/[^\\s;,)]*)?\\b");
    /** A file name: a path ending in one of the extensions of a project's own files. */
    private static final Pattern FILE = Pattern.compile("[\\w./-]+\\.(md|csv|php|json|java|properties|txt)\\b");
    /** The public repository a source file is cited from, just before its path: {@code github.com/owner/repo, }. */
    private static final Pattern REPOSITORY = Pattern.compile("(?s).*github\\.com/[\\w.-]+/[\\w.-]+(, |/blob/\\S+/)$");
    /** A constant's name, such as {@code HALF_UP}. */
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    /** Small words every English sentence needs and Indonesian never uses. */
    static final Set<String> ENGLISH = Set.of("the", "of", "and", "is", "are", "was", "to", "for", "with",
            "not", "must", "has", "have", "this", "that", "which", "from", "by", "an", "or", "on", "at", "its", "it",
            "than", "in", "points", "pack", "indicator", "question", "evidence", "none", "only", "each", "every",
            "when", "where", "what", "one", "without");
    /** Small words every Indonesian sentence needs and English never uses. */
    static final Set<String> INDONESIAN = Set.of("yang", "dan", "tidak", "dengan", "untuk", "dari", "belum",
            "atau", "pada", "ini", "itu", "adalah", "harus", "di", "sampai", "nilai", "peringkat", "tahap",
            "pertanyaan", "indikator", "bukan", "tanpa", "setiap", "bagian", "dokumen", "dukung", "sebagai", "oleh",
            "dalam", "sudah", "jumlah");
    /** What is nobody's language: addresses and paths, and a title quoted as it is published. */
    private static final Pattern NOBODYS = Pattern.compile("\\S*/\\S*|'[^']*'|\"[^\"]*\"");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private SourceCheck() {
    }

    /**
     * The problems of one provenance, each naming its place.
     *
     * @param where      the place of the number, such as {@code gate}
     * @param provenance its provenance
     * @return the problems; empty when it holds up
     */
    static List<String> problems(String where, Provenance provenance) {
        List<String> problems = new ArrayList<>();
        if (!provenance.bilingual()) {
            problems.add(where + ": one text for both languages; give it in Indonesian and in English: "
                    + provenance.english());
        }
        text(where + " (id)", provenance.indonesian(), provenance.kind(), ENGLISH, "English", problems);
        text(where + " (en)", provenance.english(), provenance.kind(), INDONESIAN, "Indonesian", problems);
        return problems;
    }

    private static void text(String where, String source, Provenance.Kind kind, Set<String> otherLanguage,
            String otherName, List<String> problems) {
        if (kind != Provenance.Kind.HYPOTHETICAL && !ADDRESS.matcher(source).find()) {
            problems.add(where + ": " + kind + " without a public address (such as antaranews.com/berita/3603408): "
                    + source);
        }
        if (source.contains("KLA-EVALUATION") || source.toLowerCase(Locale.ROOT).contains("domain brief")) {
            problems.add(where + ": cites the project's internal brief, which no user can open: " + source);
        }
        Matcher file = FILE.matcher(source);
        while (file.find()) {
            if (!file.group().endsWith(".php") || !REPOSITORY.matcher(source.substring(0, file.start())).matches()) {
                problems.add(where + ": names a file [" + file.group() + "] without the public repository it is in: "
                        + source);
            }
        }
        Matcher constant = CONSTANT.matcher(source);
        if (constant.find()) {
            problems.add(where + ": names a constant of the code [" + constant.group() + "]: " + source);
        }
        List<String> foreign = words(source, otherLanguage);
        if (!foreign.isEmpty()) {
            problems.add(where + ": " + otherName + " words " + foreign + ": " + source);
        }
    }

    /** The words of a language in a text, once addresses, paths and quoted titles are taken out. */
    static List<String> words(String text, Set<String> language) {
        List<String> found = new ArrayList<>();
        Matcher word = WORD.matcher(NOBODYS.matcher(text).replaceAll(" "));
        while (word.find()) {
            if (language.contains(word.group().toLowerCase(Locale.ROOT))) {
                found.add(word.group());
            }
        }
        return found;
    }
}
