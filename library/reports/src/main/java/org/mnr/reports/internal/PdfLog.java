package org.mnr.reports.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log lines sent to SLF4J at debug level instead of java.util.logging's standard error:
 * they are about the report's own style sheet and layout, never about the user's input, and a command's
 * output stays quiet by default.
 */
final class PdfLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("org.mnr.reports.pdf");

    @Override
    public void log(String where, Level level, String message) {
        LOG.debug("{}: {}", where, message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable th) {
        LOG.debug("{}: {}", where, message, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // SLF4J's configuration decides what is shown.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LOG.isDebugEnabled();
    }
}
