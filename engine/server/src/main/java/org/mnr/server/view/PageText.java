package org.mnr.server.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mnr.engine.text.Texts;

/**
 * The words of the workspace's pages in one language, from {@code org/mnr/server/messages*.properties}, read as the
 * reports and the command line read theirs: English, French or Spanish, never chosen by the system's default locale.
 * It also carries the language into the pages' links, so that a page opened with {@code ?lang=fr} leads to French pages.
 */
public final class PageText {

    /** The languages the pages are written in, English first. */
    public static final List<String> LANGUAGES = Texts.LANGUAGES;

    private static final String BUNDLE = "org.mnr.server.messages";
    /** The keys whose words app.js writes into the page; the page hands them over as JSON. */
    private static final List<String> SCRIPT_PREFIXES = List.of("js.", "level.", "score.", "next.", "confidence.");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Texts texts;
    private final String language;
    private final boolean asked;
    private final String here;

    private PageText(Texts texts, String language, boolean asked, String here) {
        this.texts = texts;
        this.language = language;
        this.asked = asked;
        this.here = here;
    }

    /**
     * The words in a language.
     *
     * @param language one of {@link #LANGUAGES}
     * @param asked whether the request named it ({@code ?lang=}), so that the page's links keep naming it; a page in the
     *     server's default language leaves its links without, so they follow the default too
     * @param here the page's own address (path and query, without {@code lang}), for the links to it in other languages
     */
    public static PageText of(String language, boolean asked, String here) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("the pages are written in " + LANGUAGES + ", not " + language);
        }
        return new PageText(Texts.of(BUNDLE, "the page text", PageText.class.getClassLoader(), Locale.forLanguageTag(language)), language,
                asked, here);
    }

    /** The language, e.g. {@code fr}: the page's {@code lang} attribute. */
    public String language() {
        return language;
    }

    /** The words for a key. */
    public String get(String key) {
        return texts.get(key);
    }

    /**
     * The words for a key with {@code {0}}, {@code {1}}... replaced by the arguments. Unlike MessageFormat, an
     * apostrophe is just an apostrophe, as French needs, and no number is formatted by locale.
     */
    public String format(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    /** Every key of the bundle, sorted: for the test that every language has every key. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(Collections.list(texts.bundle().getKeys()));
        Collections.sort(keys);
        return keys;
    }

    /**
     * A link within the workspace that keeps the page's language when the request named one.
     *
     * @param target a path with or without a query, e.g. {@code /edit/x.json} or {@code /compare?before=a}
     */
    public String link(String target) {
        if (!asked) {
            return target;
        }
        return target + (target.contains("?") ? "&" : "?") + "lang=" + language;
    }

    /** A download of a report of the saved file, in the page's language whether or not the request named it. */
    public String download(String file, String format) {
        return "/api/workspace/files/" + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20")
                + "/download?format=" + format + "&lang=" + language;
    }

    /** This page in each language, by the language's own name, this one chosen. */
    public List<Choice> languages() {
        List<Choice> links = new ArrayList<>();
        for (String other : LANGUAGES) {
            links.add(new Choice(here + (here.contains("?") ? "&" : "?") + "lang=" + other, get("lang." + other), other.equals(language)));
        }
        return links;
    }

    /** Whether the request named the language, so a form must pass it on (as a hidden {@code lang} field). */
    public boolean asked() {
        return asked;
    }

    /**
     * The words app.js writes into the page, with the packs' texts it needs, as one JSON object: {@code words} (by
     * key), {@code levels} (level names by number), {@code capabilities} (names by number) and {@code criteria}
     * (titles by id). Sorted, so the same request gives the same page.
     */
    public String scriptWords(Map<Integer, String> levels, Map<Integer, String> capabilities, Map<String, String> criteria) {
        Map<String, String> words = new TreeMap<>();
        for (String key : keys()) {
            if (SCRIPT_PREFIXES.stream().anyMatch(key::startsWith)) {
                words.put(key, get(key));
            }
        }
        Map<String, Object> all = new TreeMap<>();
        all.put("words", words);
        all.put("levels", new TreeMap<>(levels));
        all.put("capabilities", new TreeMap<>(capabilities));
        all.put("criteria", new TreeMap<>(criteria));
        try {
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the page's words cannot be written as JSON", e);
        }
    }
}
