package io.rumpcfg.platform;

/**
 * Hears a program's output as it is written, one line at a time: what a platform that runs
 * real processes offers so that a caller can show it live. Called from the threads that read
 * the programs' output, possibly concurrently; an implementation that prints must serialise.
 */
@FunctionalInterface
public interface ProgramOutput {
    /** The listener that drops every line. */
    ProgramOutput NONE = (program, stream, text) -> {};

    /** Which of a program's streams a line came from. */
    enum Stream {
        /** Its standard output (never a piped one: that goes to the next program). */
        STDOUT,
        /** Its standard error. */
        STDERR
    }

    /**
     * One line the program wrote, without its line end; a last line without one comes when
     * the stream ends, and a line longer than 64 KiB comes in 64 KiB pieces.
     *
     * @param program the program's number: 0 for the first spawned, then 1, 2, ...
     * @param stream  the stream the line came from
     * @param text    the line, decoded as UTF-8
     */
    void line(int program, Stream stream, String text);
}
