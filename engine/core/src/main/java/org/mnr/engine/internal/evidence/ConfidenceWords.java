package org.mnr.engine.internal.evidence;

import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.Confidence;
import org.mnr.engine.evidence.Place;
import org.mnr.engine.evidence.Problem;

/**
 * What every reader (JSON, YAML, workbooks) says of a confidence word that names none, so that an unknown word gets
 * the same problem, with the same did-you-mean, whatever the file's format.
 */
public final class ConfidenceWords {

    private ConfidenceWords() {
    }

    /** The problem's message for a word that is not a confidence. */
    public static String unknownMessage(String word) {
        return "confidence '" + Printable.abbreviate(word) + "' is not one of " + String.join(", ", Confidence.words());
    }

    /** The problem's hint: the likely word, if any, and what may be written. */
    public static String unknownHint(String word) {
        String hint = Suggestion.hint(word, Confidence.words());
        return (hint == null ? "" : hint + " ") + "write verified, documented or reported, or leave it out (it then counts as reported)";
    }

    /** The problem of a word that is not a confidence, given at a place of a file. */
    public static Problem unknown(String file, Place place, String word) {
        return Problem.error(ProblemCode.EVIDENCE_UNKNOWN_CONFIDENCE, file, place, unknownMessage(word), unknownHint(word));
    }
}
