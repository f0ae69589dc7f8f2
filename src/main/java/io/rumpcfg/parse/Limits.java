package io.rumpcfg.parse;

/**
 * Every size limit the reader enforces, in one immutable object. Each error a limit causes
 * names the limit and the value found.
 *
 * <p>TODO(parse): builder, validation of settings, number length, total diagnostics.
 */
public final class Limits {
    public static final Limits DEFAULTS = new Limits(64 * 1024, 32, 4096, 1024, 100);

    private final int maxDocumentBytes;
    private final int maxDepth;
    private final int maxStringBytes;
    private final int maxMembers;
    private final int maxDiagnostics;

    private Limits(int maxDocumentBytes, int maxDepth, int maxStringBytes, int maxMembers, int maxDiagnostics) {
        this.maxDocumentBytes = maxDocumentBytes;
        this.maxDepth = maxDepth;
        this.maxStringBytes = maxStringBytes;
        this.maxMembers = maxMembers;
        this.maxDiagnostics = maxDiagnostics;
    }

    public int maxDocumentBytes() {
        return maxDocumentBytes;
    }

    public int maxDepth() {
        return maxDepth;
    }

    public int maxStringBytes() {
        return maxStringBytes;
    }

    public int maxMembers() {
        return maxMembers;
    }

    public int maxDiagnostics() {
        return maxDiagnostics;
    }
}
