package io.github.layakanak.kla.scoring;

import io.github.layakanak.kla.model.Bilingual;
import io.github.layakanak.kla.scoring.pack.Message;
import io.github.layakanak.kla.scoring.pack.Rubric;
import java.math.BigDecimal;
import io.github.layakanak.kla.scoring.pack.IndicatorRule;
import io.github.layakanak.kla.scoring.pack.RulePack;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Renders {@link Message}s in one language from kla's bundle ({@code Words_id.properties},
 * {@code Words_en.properties} beside this class) and, for a rubric's own words, the rubric's bundle first.
 *
 * <p>A pattern refers to its arguments as {@code {0}}, {@code {1}}, ...; nothing else in it is special (unlike
 * {@link java.text.MessageFormat}, an apostrophe is an apostrophe). Numbers are written in one place,
 * {@link #number(BigDecimal)}.
 */
final class Words {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final Locale locale;
    private final ResourceBundle kla;
    private final List<ResourceBundle> others;

    private Words(Locale locale, List<ResourceBundle> others) {
        this.locale = locale;
        this.kla = bundle(locale);
        this.others = others;
    }

    /** kla's words in a language: Indonesian for {@code id} (or the legacy {@code in}), English for any other. */
    static Words of(Locale locale) {
        return new Words(normalize(locale), List.of());
    }

    /** kla's words, then the words of every rubric of a pack (its kinds of its own, through {@link Rubric#words}). */
    static Words of(Locale locale, RulePack pack) {
        Locale normalized = normalize(locale);
        ResourceBundle kla = bundle(normalized);
        Set<ResourceBundle> others = new LinkedHashSet<>();
        Deque<Rubric> rubrics = new ArrayDeque<>();
        for (IndicatorRule rule : pack.indicators()) {
            rule.rubric().ifPresent(rubrics::add);
            rule.questions().forEach(q -> rubrics.add(q.rubric()));
        }
        while (!rubrics.isEmpty()) {
            Rubric rubric = rubrics.pop();
            rubrics.addAll(rubric.nested());
            ResourceBundle own = rubric.words(normalized);
            if (own != kla) {
                others.add(own);
            }
        }
        return new Words(normalized, List.copyOf(others));
    }

    static Locale normalize(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("id") || language.equals("in") ? INDONESIAN : Locale.ENGLISH;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("io.github.layakanak.kla.scoring.Words", locale);
    }

    Locale locale() {
        return locale;
    }

    boolean indonesian() {
        return locale.equals(INDONESIAN);
    }

    /** The pattern of a key, with its arguments. */
    String text(String key, Object... arguments) {
        return format(pattern(kla, key), arguments);
    }

    /** A message: its key looked up in kla's bundle, then in the rubrics' own. */
    String render(Message message) {
        if (message instanceof Message.Text text) {
            return indonesian() ? text.indonesian() : text.english();
        }
        Message.Key key = (Message.Key) message;
        return format(pattern(kla, key.key()), key.arguments().toArray());
    }

    private String pattern(ResourceBundle first, String key) {
        if (first.containsKey(key)) {
            return first.getString(key);
        }
        for (ResourceBundle other : others) {
            if (other.containsKey(key)) {
                return other.getString(key);
            }
        }
        // A key without words is a bug of a bundle (a test checks kla's); show the key rather than fail.
        return key;
    }

    private String format(String pattern, Object[] arguments) {
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern, i + 1, close, 10);
                out.append(index < arguments.length ? argument(arguments[index]) : "");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String pattern, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(pattern.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }

    private String argument(Object argument) {
        if (argument instanceof BigDecimal number) {
            return number(number);
        }
        if (argument instanceof Bilingual named) {
            return indonesian() ? named.nameId() : named.nameEn();
        }
        if (argument instanceof Message message) {
            return render(message);
        }
        if (argument instanceof Enum<?> constant) {
            String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return kla.containsKey(key) ? kla.getString(key) : constant.name();
        }
        if (argument instanceof Collection<?> list) {
            // A list of values is joined with commas; a list of messages (a composite's items) with semicolons.
            StringBuilder joined = new StringBuilder();
            for (Object element : list) {
                joined.append(joined.length() == 0 ? "" : element instanceof Message ? "; " : ", ")
                        .append(argument(element));
            }
            return joined.toString();
        }
        return String.valueOf(argument);
    }

    /** A number as people write it: no trailing zeros, no exponent ({@code 12.5}, {@code 40}). */
    String number(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Points as a recap prints them: at least two decimals ({@code 40.00}). */
    String points(BigDecimal value) {
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }
}
