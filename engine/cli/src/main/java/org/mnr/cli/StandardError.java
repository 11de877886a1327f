package org.mnr.cli;

import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/** Whether the process's standard error is a terminal, and how wide it is; Java itself only tells for standard output. */
final class StandardError {

    private static final int DEFAULT_WIDTH = 80;

    private StandardError() {
    }

    /** True when stderr is a terminal a person watches; false when it is redirected to a file or a pipe, or when it cannot be told. */
    static boolean isTerminal() {
        // JLine runs "test -t 2", which shares this process's stderr, and answers false on any failure.
        return new ExecTerminalProvider().isSystemStream(SystemStream.Error);
    }

    /** The terminal's width in characters, or 80 when it cannot be told. */
    static int width() {
        try {
            int width = new ExecTerminalProvider().systemStreamWidth(SystemStream.Error);
            return width > 20 ? width - 1 : DEFAULT_WIDTH;
        } catch (RuntimeException e) {
            return DEFAULT_WIDTH;
        }
    }
}
