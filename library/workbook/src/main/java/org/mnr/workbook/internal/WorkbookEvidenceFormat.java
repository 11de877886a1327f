package org.mnr.workbook.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.mnr.engine.evidence.EvidenceFormat;
import org.mnr.engine.evidence.ParsedEvidence;
import org.mnr.workbook.WorkbookReader;

/** Registers Excel workbooks ({@code .xlsx}) as an evidence format, so the engine reads them when this library is present. */
public final class WorkbookEvidenceFormat implements EvidenceFormat {

    /** The format, as the service loader makes it. */
    public WorkbookEvidenceFormat() {
        // Stateless: each read makes its reader from the context's vocabulary.
    }

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public List<String> extensions() {
        // .ods and .xls are claimed so that they are explained (save as .xlsx) rather than skipped or read as JSON.
        return List.of(".xlsx", ".xls", ".ods");
    }

    @Override
    public ParsedEvidence read(Path file, Context context) {
        return new WorkbookReader(context.vocabulary(), context.limits()).read(file);
    }

    @Override
    public ParsedEvidence read(InputStream input, String origin, Context context) {
        return new WorkbookReader(context.vocabulary(), context.limits()).read(input, origin, context.limits().maxFileSize());
    }
}
