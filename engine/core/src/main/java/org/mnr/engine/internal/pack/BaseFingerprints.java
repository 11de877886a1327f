package org.mnr.engine.internal.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mnr.engine.criteria.BaseChanges;
import org.mnr.engine.criteria.CriterionFingerprint;
import org.mnr.engine.pack.Pack;

/**
 * The fingerprint of every criterion a base pack defines, by id, whether in a criteria file or as a DRL rule, so
 * that a variant's {@code against:} is checked for both (issue 16).
 *
 * <p>A rule's fingerprint is taken from what its metadata declares (weight, default 1, and title) and, as its
 * condition, its level and its conditions and consequence in {@linkplain DrlRules normalised} text: a change of
 * layout or comments is no change, a change of what the rule tests is.
 */
public final class BaseFingerprints {

    private BaseFingerprints() {
    }

    /**
     * The fingerprints of a pack's criteria. A DRL file that cannot be read or parsed adds nothing here: compiling
     * the pack reports it.
     */
    public static Map<String, String> of(Pack pack) {
        Map<String, String> byId = BaseChanges.fingerprints(pack.criteria());
        for (String file : pack.descriptor().rules()) {
            String text;
            try {
                text = new String(pack.resources().read(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            for (DrlRules.DrlRule rule : DrlRules.parse(pack.resources().describe(file), text).rules()) {
                byId.putIfAbsent(rule.name(), of(rule));
            }
        }
        return byId;
    }

    /** The fingerprint of one hand-written criterion rule. */
    public static String of(DrlRules.DrlRule rule) {
        String weight = text(rule.metadata().get("weight"));
        int w;
        try {
            w = weight == null ? 1 : Integer.parseInt(weight);
        } catch (NumberFormatException e) {
            // Metadata that is not a number is refused when the rules are compiled; any fingerprint will do until then.
            w = 0;
        }
        String title = text(rule.metadata().get("title"));
        return CriterionFingerprint.of(w, title == null ? "" : title, "level " + text(rule.metadata().get("level")) + " " + rule.text());
    }

    /** A metadata value as written, without the quotes Drools may keep around it. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
