package org.mnr.reports.internal;

import org.mnr.engine.pack.PackTexts;
import org.mnr.engine.result.CriterionResult;

/**
 * The packs' own words (capability, domain and level names, capability summaries, criterion titles, reasons) in the
 * report's language: each from the packs' translation for that language when there is one, else as the result or the
 * framework gives it, in English. Without texts every word is the result's own.
 */
final class PackWords {

    /** The result's own words, untranslated. */
    static final PackWords NONE = new PackWords(null);

    private final PackTexts texts;

    PackWords(PackTexts texts) {
        this.texts = texts;
    }

    String capability(int id, String english) {
        return texts == null ? english : or(texts.capabilityName(id), english);
    }

    String domain(String id, String english) {
        return texts == null ? english : or(texts.domainName(id), english);
    }

    String level(int level, String english) {
        return texts == null ? english : or(texts.levelName(level), english);
    }

    String summary(int capability, String english) {
        return texts == null ? english : or(texts.capabilitySummary(capability), english);
    }

    /** A criterion's title as the pack that decided it writes it: a variant's replacement has a title of its own. */
    String title(CriterionResult criterion) {
        if (texts == null || criterion.pack() == null) {
            return criterion.title();
        }
        return or(texts.criterionTitle(criterion.id(), criterion.pack()), criterion.title());
    }

    /** The title of the base criterion a variant replaced, as the base pack (the first that defines the id) writes it. */
    String replacedTitle(CriterionResult criterion) {
        return texts == null || criterion.replacedTitle() == null ? criterion.replacedTitle()
                : or(texts.criterionTitle(criterion.id()), criterion.replacedTitle());
    }

    /** Why a criterion is waived or exempt, as the pack that waived or exempted it says. */
    String reason(CriterionResult criterion) {
        if (texts == null || criterion.reason() == null) {
            return criterion.reason();
        }
        String pack = criterion.waivedBy();
        return or(pack == null ? texts.reason(criterion.id()) : texts.reason(criterion.id(), pack), criterion.reason());
    }

    private static String or(String translated, String english) {
        return translated == null ? english : translated;
    }
}
