package io.rumpcfg.cli;

/** A FILE argument as a source spec. */
final class FileArgument {
    private FileArgument() {}

    /** {@code -} stays standard input; a path that looks like a spec ({@code xenstore:0}) is made explicit. */
    static String spec(String file) {
        return file.equals("-") ? file : "file:" + file;
    }
}
