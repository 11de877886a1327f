package org.mnr.cli;

import java.util.Locale;
import org.mnr.engine.result.Assessment;
import org.mnr.engine.result.ResultJson;

/** The forms a result can be written in. */
enum ReportFormat {
    /** The JSON of MODEL.md. */
    JSON(".json"),
    /** A short table for a person. */
    TEXT(".txt");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    String render(Assessment assessment) {
        return switch (this) {
            case JSON -> ResultJson.write(assessment);
            case TEXT -> TextReport.render(assessment);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
