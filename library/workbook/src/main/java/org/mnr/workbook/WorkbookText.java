package org.mnr.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mnr.engine.text.Texts;

/**
 * The workbook template's own words in one language, from {@code org/mnr/workbook/messages*.properties}: English,
 * French or Spanish, English for any other language. The system's default locale never decides which, so the
 * same template and language give the same bytes on every machine. Values an evaluator picks (true, false, enum
 * values, confidence words), sheet names and country field names stay canonical, so every workbook reads the same.
 */
final class WorkbookText {

    /** The languages the template is written in. */
    static final List<String> LANGUAGES = Texts.LANGUAGES;

    private static final String BUNDLE = "org.mnr.workbook.messages";
    /** Every language's header words, lower case, to the column's canonical name; built once. */
    private static final Map<String, String> HEADER_WORDS = headerWords();

    private final Texts texts;

    private WorkbookText(Texts texts) {
        this.texts = texts;
    }

    /** The words for a locale: its language's when there is a translation, else English. */
    static WorkbookText of(Locale locale) {
        return new WorkbookText(Texts.of(BUNDLE, "the workbook text", WorkbookText.class.getClassLoader(), locale));
    }

    /** The words for a key. */
    String get(String key) {
        return texts.get(key);
    }

    /** The words for a key with {@code {0}} replaced by the argument; an apostrophe stays an apostrophe, as French needs. */
    String format(String key, String argument) {
        return texts.format(key, argument);
    }

    /** The header shown for a column's canonical name, e.g. {@code valeur} for {@code value} in French. */
    String header(String canonical) {
        return get(headerKey(canonical));
    }

    /**
     * The canonical name of a header as written in any of the languages, or the header itself (lower case) when it
     * is none of them: a workbook written in French, Spanish or English, older ones included, reads the same.
     */
    static String canonicalHeader(String written) {
        String lower = written.trim().toLowerCase(Locale.ROOT);
        return HEADER_WORDS.getOrDefault(lower, lower);
    }

    private static String headerKey(String canonical) {
        return "header." + canonical.replace(' ', '_');
    }

    private static Map<String, String> headerWords() {
        Map<String, String> words = new HashMap<>();
        for (String language : LANGUAGES) {
            WorkbookText text = of(Locale.forLanguageTag(language));
            for (String canonical : WorkbookLayout.EVIDENCE_HEADERS) {
                words.putIfAbsent(text.header(canonical).toLowerCase(Locale.ROOT), canonical);
            }
            for (String canonical : WorkbookLayout.COUNTRY_HEADERS) {
                words.putIfAbsent(text.header(canonical).toLowerCase(Locale.ROOT), canonical);
            }
        }
        return Map.copyOf(words);
    }
}
