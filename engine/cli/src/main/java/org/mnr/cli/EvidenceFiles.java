package org.mnr.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.mnr.workbook.WorkbookReader;
import org.mnr.engine.EvidenceChecker;
import org.mnr.engine.evidence.ParsedEvidence;

/** Reads an evidence file by its extension: an Excel workbook for {@code .xlsx}, YAML for {@code .yaml} and {@code .yml}, else JSON. */
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
        return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml") || isWorkbook(lower);
    }

    static boolean isWorkbook(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Reads one file, with every problem of its reading; keys and values are checked when it is assessed or validated. */
    static ParsedEvidence parse(Path file, EvidenceChecker checker) {
        if (isWorkbook(file.toString())) {
            return new WorkbookReader(checker.vocabulary(), checker.evidenceReader().limits()).read(file);
        }
        return checker.evidenceReader().read(file);
    }
}
