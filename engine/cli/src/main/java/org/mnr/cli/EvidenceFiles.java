package org.mnr.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.mnr.engine.EvidenceChecker;
import org.mnr.engine.evidence.EvidenceFormats;
import org.mnr.engine.evidence.ParsedEvidence;

/**
 * Reads an evidence file by its extension through the engine's evidence formats: JSON and YAML from the engine,
 * Excel workbooks from mnr-workbook, which the command line puts on the class path.
 */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    /** Whether a file name is one a directory of evidence is searched for. */
    static boolean isEvidenceName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // Excel keeps "~$name.xlsx" beside an open workbook; hidden files are no one's evidence.
        if (lower.startsWith("~$") || lower.startsWith(".")) {
            return false;
        }
        return EvidenceFormats.available().reads(lower);
    }

    static boolean isWorkbook(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Reads one file, with every problem of its reading; keys and values are checked when it is assessed or validated. */
    static ParsedEvidence parse(Path file, EvidenceChecker checker) {
        return checker.read(file);
    }
}
