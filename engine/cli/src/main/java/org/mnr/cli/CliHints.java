package org.mnr.cli;

import java.util.Locale;
import java.util.Map;
import org.mnr.engine.error.ProblemCode;
import org.mnr.engine.evidence.Problem;
import org.mnr.engine.internal.evidence.EvidenceValidator;
import org.mnr.engine.pack.PackException;

/**
 * The command line's own hints, keyed by problem code: the libraries speak of their settings, the command line
 * of its options and commands. Problems and hints are said in the command's language.
 */
final class CliHints {

    private static final Map<ProblemCode, String> LIMIT_OPTIONS = Map.of(
            ProblemCode.EVIDENCE_LIMIT_FILE_SIZE, "--max-file-size",
            ProblemCode.EVIDENCE_LIMIT_DEPTH, "--max-depth",
            ProblemCode.EVIDENCE_LIMIT_STRING_LENGTH, "--max-string-length",
            ProblemCode.EVIDENCE_LIMIT_NUMBER_LENGTH, "--max-number-length",
            ProblemCode.EVIDENCE_LIMIT_ITEMS, "--max-items");

    /**
     * The workbook reader's problem whose hint is the generic "start again from a template workbook" (a workbook
     * without its sheets); its other layout problems say a specific fix at their cell, which is kept.
     */
    static final String WORKBOOK_WITHOUT_SHEET = "evidence.workbook.sheet.missing";

    private CliHints() {
    }

    /** The problem as the command line prints it in a language, with the hint naming its option or command where it has one. */
    static String line(Problem problem, Locale locale) {
        return withCliHint(problem, locale).toString(locale);
    }

    /** The problem with the command line's hint, in a language, in place of the library's, where the command line has one. */
    static Problem withCliHint(Problem problem, Locale locale) {
        CliText text = CliText.of(locale);
        String option = LIMIT_OPTIONS.get(problem.code());
        if (option != null && problem.hint() != null) {
            return problem.withHint(text.format("msg.hint.raise-limit", option));
        }
        if (problem.code() == ProblemCode.EVIDENCE_UNKNOWN_KEY && EvidenceValidator.UNKNOWN_KEY_HINT.equals(problem.hint())) {
            return problem.withHint(text.format("msg.hint.list-keys"));
        }
        // A layout problem from a reader without wordings cannot tell its specific fixes apart: it gets the generic one.
        if (problem.code() == ProblemCode.EVIDENCE_WORKBOOK_LAYOUT && (problem.wording() == null
                || WORKBOOK_WITHOUT_SHEET.equals(problem.wording().key()))) {
            return problem.withHint(text.format("msg.hint.make-workbook"));
        }
        return problem;
    }

    /** A pack exception's message, naming --rules where the library names a folder in general. */
    static String message(PackException e) {
        String message = e.getMessage();
        return switch (e.code()) {
            case PACK_NOT_FOUND -> message.replace("; name a folder that holds a pack's", "; --rules takes a folder that holds a pack's")
                    .replace("; name a pack's folder", "; point --rules at a pack's folder");
            case PACK_NO_BASE -> message.replace("or load the base pack's folder", "or name its folder with --rules");
            default -> message;
        };
    }
}
