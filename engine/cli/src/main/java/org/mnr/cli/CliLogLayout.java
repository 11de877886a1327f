package org.mnr.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import org.mnr.engine.internal.evidence.Printable;

/**
 * Prints the engine's log lines as the command's own warnings and errors: {@code mnr: warning: message} with the prefix in
 * the command's language, without logger name or level word, which mean nothing to a user. With a root level below WARN
 * ({@code -Dmnr.log.level=DEBUG}) a line keeps its level, its logger and any stack trace, for a developer.
 */
public final class CliLogLayout extends LayoutBase<ILoggingEvent> {

    private final TargetLengthBasedClassNameAbbreviator abbreviator = new TargetLengthBasedClassNameAbbreviator(20);
    private boolean debug;

    /**
     * The level the root logger is set to: below WARN (as with {@code -Dmnr.log.level=DEBUG}) lines keep their level,
     * logger and stack trace; Logback sets it from the configuration.
     */
    public void setLevel(String level) {
        this.debug = !Level.toLevel(level, Level.WARN).isGreaterOrEqual(Level.WARN);
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        if (debug) {
            String line = event.getLevel() + " " + abbreviator.abbreviate(event.getLoggerName()) + ": " + event.getFormattedMessage()
                    + CoreConstants.LINE_SEPARATOR;
            return event.getThrowableProxy() == null ? line : line + ThrowableProxyUtil.asString(event.getThrowableProxy())
                    + CoreConstants.LINE_SEPARATOR;
        }
        String message = event.getFormattedMessage();
        // The command line has no translated word for an error of its own (it says what failed instead): "error: " it is.
        String line = event.getLevel().isGreaterOrEqual(Level.ERROR) ? "error: " + message
                : CliText.of(CliLanguage.current()).format("msg.warning", message);
        // A message may quote a pack's or an evidence file's text: escaped, so that it cannot drive the terminal.
        return Printable.escape("mnr: " + line) + CoreConstants.LINE_SEPARATOR;
    }
}
