package org.mnr.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how far a command has gone through many files, as a bar on stderr when stderr is a terminal;
 * otherwise it shows nothing, so that logs and scripts see only the command's own messages.
 *
 * <p>Messages printed while the bar is shown go through {@link #println(String)}, which clears the bar's
 * line first; the bar is drawn again on its next update.
 */
final class Progress implements AutoCloseable {

    private final PrintWriter err;
    private final ProgressBar bar;
    private final LineConsumer line;
    private final int width;

    private Progress(PrintWriter err, ProgressBar bar, LineConsumer line, int width) {
        this.err = err;
        this.bar = bar;
        this.line = line;
        this.width = width;
    }

    /** A bar for {@code total} files when there are several and stderr is a terminal; else a silent one. */
    static Progress of(String task, int total, PrintWriter err) {
        boolean shown = total > 1 && StandardError.isTerminal();
        return of(task, total, err, shown, shown ? StandardError.width() : 0);
    }

    /** A bar drawn on {@code err} when {@code shown}, {@code width} characters wide; for tests. */
    static Progress of(String task, int total, PrintWriter err, boolean shown, int width) {
        if (!shown) {
            return new Progress(err, null, null, 0);
        }
        LineConsumer line = new LineConsumer(err, width);
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(100)
                .setConsumer(line)
                .build();
        return new Progress(err, bar, line, width);
    }

    /** One more file done. */
    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    /** Prints a message on its own line, above the bar. */
    void println(Object message) {
        synchronized (err) {
            if (bar != null) {
                err.print('\r');
                err.print(" ".repeat(width));
                err.print('\r');
            }
            err.println(message);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            // The library skips ending the line when the bar closes before its first redraw.
            line.close();
        }
    }

    /** Redraws the bar in place with a carriage return; ends its line when the bar closes. */
    private static final class LineConsumer implements ProgressBarConsumer {
        private final PrintWriter err;
        private final int width;
        // The library's periodic redraw may still be running as the bar closes: nothing is drawn after the line ends.
        private boolean closed;

        LineConsumer(PrintWriter err, int width) {
            this.err = err;
            this.width = width;
        }

        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        @Override
        public void accept(String rendered) {
            synchronized (err) {
                if (closed) {
                    return;
                }
                err.print('\r');
                err.print(rendered);
                err.flush();
            }
        }

        @Override
        public void close() {
            synchronized (err) {
                if (closed) {
                    return;
                }
                closed = true;
                err.println();
                err.flush();
            }
        }
    }
}
