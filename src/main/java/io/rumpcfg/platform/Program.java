package io.rumpcfg.platform;

/** A program started by {@link Platform#spawn}. */
public interface Program {
    /**
     * Waits for the program to exit and returns its exit status.
     *
     * @throws PlatformException   when it cannot be waited for, such as {@link Errno#ECHILD} for a
     *                             program that never started
     * @throws InterruptedException when the waiting thread is interrupted
     */
    int waitFor() throws PlatformException, InterruptedException;

    /**
     * Stops the program if it still runs, and whatever it started, as a guest halting stops
     * every program; {@link #waitFor} then returns promptly. The executor calls it for programs
     * still running when a step fails, and for every program, exited or not, when the boot ends:
     * on a program that has exited it stops only what that program left running (a host
     * process's daemon). The default does nothing, for platforms that cannot stop a program:
     * then a failed boot waits for its background programs to end on their own. It may be
     * called from another thread while {@link #waitFor} blocks ({@code Executor.stop}).
     */
    default void kill() {}
}
