package io.github.layakanak.kla.scoring.internal;

import io.github.layakanak.kla.model.Bilingual;
import io.github.layakanak.kla.model.Indicator;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.Rubric;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders {@link Message}s in one language from kla's bundle ({@code Words_id.properties},
 * {@code Words_en.properties} in {@code io.github.layakanak.kla.scoring}) and, for a rubric's own words, the rubric's bundle first.
 *
 * <p>A pattern refers to its arguments as {@code {0}}, {@code {1}}, ...; nothing else in it is special (unlike
 * {@link java.text.MessageFormat}, an apostrophe is an apostrophe). Each pattern is split into its text and its
 * arguments once. Numbers are written in one place, here ({@link #number(BigDecimal)}, {@link #points(BigDecimal)}),
 * with the decimal mark of the language, which its bundle gives as {@code number.decimalMark}: Indonesian writes
 * {@code 770,16}, English {@code 770.16}. An {@link Indicator} is named by its number and name in the language
 * ({@code Indikator 4 Kepemilikan Kutipan Akta Kelahiran}), never by its id. No number gets a thousands separator, in either language: {@code 1.000} is
 * a thousand in Indonesian but one in English, so a number without one reads the same to both (kla's totals stay
 * below a thousand; counts and years are written as they are).
 */
public final class Words {

    /** Indonesian, as kla's bundles name it. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final Locale locale;
    private final char decimalMark;
    private final ResourceBundle kla;
    private final List<ResourceBundle> others;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    private Words(Locale locale, List<ResourceBundle> others) {
        this.locale = locale;
        this.kla = bundle(locale);
        this.decimalMark = decimalMark(kla);
        this.others = others;
    }

    /**
     * kla's words in a language.
     *
     * @param locale Indonesian for {@code id} (or the legacy {@code in}), English for any other
     * @return the words
     */
    public static Words of(Locale locale) {
        return new Words(normalize(locale), List.of());
    }

    /**
     * kla's words, then the words of every rubric of a pack (its kinds of its own, through {@link Rubric#words}).
     *
     * @param locale the language, as for {@link #of(Locale)}
     * @param pack   the pack whose rubrics' words to add
     * @return the words
     */
    public static Words of(Locale locale, RulePack pack) {
        Locale normalized = normalize(locale);
        ResourceBundle kla = bundle(normalized);
        Set<ResourceBundle> others = new LinkedHashSet<>();
        for (Rubric rubric : rubrics(pack)) {
            ResourceBundle own = rubric.words(normalized);
            if (own != kla) {
                others.add(own);
            }
        }
        return new Words(normalized, List.copyOf(others));
    }

    /**
     * Every rubric of a pack, those nested in composites too, each once (by identity), indicators' before questions'.
     *
     * @param pack the pack
     * @return its rubrics
     */
    public static List<Rubric> rubrics(RulePack pack) {
        Deque<Rubric> todo = new ArrayDeque<>();
        for (IndicatorRule rule : pack.indicators()) {
            rule.rubric().ifPresent(todo::add);
            rule.questions().forEach(q -> todo.add(q.rubric()));
        }
        Set<Rubric> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Rubric> found = new ArrayList<>();
        while (!todo.isEmpty()) {
            Rubric rubric = todo.pop();
            if (seen.add(rubric)) {
                found.add(rubric);
                todo.addAll(rubric.nested());
            }
        }
        return found;
    }

    private static char decimalMark(ResourceBundle bundle) {
        String mark = bundle.getString("number.decimalMark");
        if (mark.length() != 1) {
            throw new IllegalStateException("number.decimalMark must be one character, but is [" + mark + "]");
        }
        return mark.charAt(0);
    }

    /**
     * The language kla speaks for a locale.
     *
     * @param locale any locale
     * @return {@link #INDONESIAN} for {@code id} or {@code in}, {@link Locale#ENGLISH} otherwise
     */
    public static Locale normalize(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("id") || language.equals("in") ? INDONESIAN : Locale.ENGLISH;
    }

    /**
     * kla's own bundle in a language.
     *
     * @param locale the language, normalized
     * @return the bundle
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("io.github.layakanak.kla.scoring.Words", locale);
    }

    /**
     * Returns the language.
     *
     * @return Indonesian or English
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Tells whether the language is Indonesian.
     *
     * @return whether it is
     */
    public boolean indonesian() {
        return locale.equals(INDONESIAN);
    }

    /**
     * The pattern of a key, with its arguments put in.
     *
     * @param key       the key
     * @param arguments its arguments: words as they are, numbers as {@link #number} writes them, constants by name
     * @return the words
     */
    public String text(String key, Object... arguments) {
        return compiled(key).format(arguments, this);
    }

    /**
     * A message: its key looked up in kla's bundle, then in the rubrics' own.
     *
     * @param message the message
     * @return the words
     */
    public String render(Message message) {
        if (message instanceof Message.Text text) {
            return indonesian() ? text.indonesian() : text.english();
        }
        Message.Key key = (Message.Key) message;
        return compiled(key.key()).format(key.arguments().toArray(), this);
    }

    /**
     * Tells whether a key has words, in kla's bundle or a rubric's.
     *
     * @param key the key
     * @return whether it has words
     */
    public boolean has(String key) {
        if (kla.containsKey(key)) {
            return true;
        }
        for (ResourceBundle other : others) {
            if (other.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** A key's pattern, split once into its text and its arguments. */
    private Pattern compiled(String key) {
        Pattern pattern = patterns.get(key);
        if (pattern == null) {
            pattern = Pattern.of(lookUp(key));
            patterns.putIfAbsent(key, pattern);
        }
        return pattern;
    }

    private String lookUp(String key) {
        if (kla.containsKey(key)) {
            return kla.getString(key);
        }
        for (ResourceBundle other : others) {
            if (other.containsKey(key)) {
                return other.getString(key);
            }
        }
        // A key without words is a bug of a bundle (a test checks kla's); show the key rather than fail.
        return key;
    }

    /** A pattern as text between arguments: {@code texts[0] args[indexes[0]] texts[1] ... texts[n]}. */
    private record Pattern(String[] texts, int[] indexes, int length) {

        static Pattern of(String pattern) {
            List<String> texts = new java.util.ArrayList<>();
            List<Integer> indexes = new java.util.ArrayList<>();
            StringBuilder text = new StringBuilder();
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                int close = c == '{' ? pattern.indexOf('}', i) : -1;
                if (close > i + 1 && close - i - 1 <= 2 && pattern.substring(i + 1, close).chars()
                        .allMatch(Character::isDigit)) {
                    texts.add(text.toString());
                    text.setLength(0);
                    indexes.add(Integer.parseInt(pattern, i + 1, close, 10));
                    i = close + 1;
                } else {
                    text.append(c);
                    i++;
                }
            }
            texts.add(text.toString());
            return new Pattern(texts.toArray(new String[0]), indexes.stream().mapToInt(Integer::intValue).toArray(),
                    pattern.length());
        }

        String format(Object[] arguments, Words words) {
            if (indexes.length == 0) {
                return texts[0];
            }
            StringBuilder out = new StringBuilder(length + 24 * indexes.length);
            out.append(texts[0]);
            for (int k = 0; k < indexes.length; k++) {
                int index = indexes[k];
                if (index < arguments.length) {
                    words.append(out, arguments[index]);
                }
                out.append(texts[k + 1]);
            }
            return out.toString();
        }
    }

    /**
     * Appends an argument. The classes most arguments are of come first, checked as classes: on JDK 17 a test
     * against an interface ({@code Bilingual}, {@code Collection}) that a class does not implement is slow, and
     * slower still when one class is tested against several interfaces in turn.
     */
    private void append(StringBuilder out, Object argument) {
        if (argument instanceof String text) {
            out.append(text);
        } else if (argument instanceof BigDecimal number) {
            appendNumber(out, number);
        } else if (argument instanceof Message.Key || argument instanceof Message.Text) {
            out.append(render((Message) argument));
        } else if (argument instanceof Indicator indicator) {
            // As the reports name one: "Indikator 4 Kepemilikan Kutipan Akta Kelahiran", never its id.
            out.append(text("indicator", indicator.code(), indonesian() ? indicator.nameId() : indicator.nameEn()));
        } else if (argument instanceof Enum<?> constant) {
            if (constant instanceof Bilingual named) {
                out.append(indonesian() ? named.nameId() : named.nameEn());
            } else {
                String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
                out.append(kla.containsKey(key) ? kla.getString(key) : constant.name());
            }
        } else if (argument instanceof Bilingual named) {
            out.append(indonesian() ? named.nameId() : named.nameEn());
        } else if (argument instanceof Collection<?> list) {
            // A list of values is joined with commas; a list of messages (a composite's items) with semicolons.
            boolean first = true;
            for (Object element : list) {
                if (!first) {
                    out.append(element instanceof Message ? "; " : ", ");
                }
                append(out, element);
                first = false;
            }
        } else {
            out.append(argument);
        }
    }

    /**
     * A number as people write it: no trailing zeros, no exponent, the language's decimal mark ({@code 12,5} in
     * Indonesian, {@code 12.5} in English; {@code 40}).
     *
     * @param value the number
     * @return the words
     */
    public String number(BigDecimal value) {
        StringBuilder out = new StringBuilder(12);
        appendNumber(out, value);
        return out.toString();
    }

    private void appendNumber(StringBuilder out, BigDecimal value) {
        if (value.signum() == 0) {
            out.append('0');
            return;
        }
        String plain = value.toPlainString();
        int end = plain.length();
        if (value.scale() > 0) {
            while (plain.charAt(end - 1) == '0') {
                end--;
            }
            if (plain.charAt(end - 1) == '.') {
                end--;
            }
        }
        appendMarked(out, plain, end);
    }

    /**
     * Points as a recap prints them: at least two decimals, the language's decimal mark ({@code 40,00} in
     * Indonesian, {@code 40.00} in English).
     *
     * @param value the points
     * @return the words
     */
    public String points(BigDecimal value) {
        return decimal(value.scale() < 2 ? value.setScale(2) : value);
    }

    /**
     * A number with exactly the digits it has, trailing zeros too, and the language's decimal mark: a value as a pack
     * writes it ({@code 40,00} in Indonesian for {@code 40.00}).
     *
     * @param value the number
     * @return the words
     */
    public String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        StringBuilder out = new StringBuilder(plain.length());
        appendMarked(out, plain, plain.length());
        return out.toString();
    }

    /** Appends the start of a plain number ({@link BigDecimal#toPlainString}), its point as the language's mark. */
    private void appendMarked(StringBuilder out, String plain, int end) {
        int point = plain.indexOf('.');
        if (point < 0 || point >= end || decimalMark == '.') {
            out.append(plain, 0, end);
        } else {
            out.append(plain, 0, point).append(decimalMark).append(plain, point + 1, end);
        }
    }
}
