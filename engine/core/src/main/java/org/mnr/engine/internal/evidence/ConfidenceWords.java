package org.mnr.engine.internal.evidence;

import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.evidence.Wording;

/**
 * What every reader (JSON, YAML, workbooks) says of a confidence word that names none, so that an unknown word gets
 * the same problem, with the same did-you-mean, whatever the file's format.
 */
public final class ConfidenceWords {

    private ConfidenceWords() {
    }

    /** The problem's message for a word that is not a confidence. */
    public static String unknownMessage(String word) {
        return ProblemTexts.english(wording(word));
    }

    /** The problem's hint: the likely word, if any, and what may be written. */
    public static String unknownHint(String word) {
        return ProblemTexts.englishHint(wording(word)).orElseThrow();
    }

    /** What the problem of a word that is not a confidence says, in words that can be said in another language. */
    public static Wording wording(String word) {
        return Wording.of("evidence.confidence.unknown", Printable.abbreviate(word), String.join(", ", Confidence.words()))
                .with(Suggestion.closest(word, Confidence.words()).map(s -> Wording.of("evidence.confidence.did-you-mean", s))
                        .orElse(Wording.of("evidence.empty")));
    }

    /** The problem of a word that is not a confidence, given at a place of a file. */
    public static Problem unknown(String file, Place place, String word) {
        return Problem.error(ProblemCode.EVIDENCE_UNKNOWN_CONFIDENCE, file, place, wording(word));
    }
}
