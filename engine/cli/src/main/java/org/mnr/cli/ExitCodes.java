package org.mnr.cli;

/** The exit codes of every {@code mnr} command. */
final class ExitCodes {

    /** Done. */
    static final int OK = 0;
    /** Something else failed: a pack, the disk, a bug. */
    static final int FAILURE = 1;
    /** The input or the command line is invalid; nothing was scored from it. */
    static final int INVALID = 2;

    private ExitCodes() {
    }
}
