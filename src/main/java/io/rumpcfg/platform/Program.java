package io.rumpcfg.platform;

/** A program started by {@link Platform#spawn}. */
public interface Program {
    /** Waits for the program to exit and returns its exit status. */
    int waitFor() throws PlatformException, InterruptedException;
}
