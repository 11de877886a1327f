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

    /** The code for a batch in which both happened: a failure outweighs invalid input, which outweighs success. */
    static int worse(int one, int other) {
        return rank(one) >= rank(other) ? one : other;
    }

    private static int rank(int code) {
        return code == FAILURE ? 2 : code == INVALID ? 1 : 0;
    }
}
