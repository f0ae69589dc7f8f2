package io.rumpcfg.platform;

/** A program started by {@link Platform#spawn}. */
public interface Program {
    /** Waits for the program to exit and returns its exit status. */
    int waitFor() throws PlatformException, InterruptedException;

    /**
     * Stops the program if it still runs, as a guest halting on a failed boot stops every
     * program; {@link #waitFor} then returns promptly. The executor calls it for programs still
     * running when a step fails. The default does nothing, for platforms that cannot stop a
     * program: then a failed boot waits for its background programs to end on their own.
     */
    default void kill() {}
}
