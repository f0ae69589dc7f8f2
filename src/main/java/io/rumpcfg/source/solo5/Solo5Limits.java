package io.rumpcfg.source.solo5;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.source.SourceDiagnostics;
import java.util.List;

/**
 * What a Solo5 guest can carry: its tender (solo5-hvt, solo5-spt) copies the guest's
 * arguments, the configuration among them, into a command-line buffer of
 * {@value #CMDLINE_BYTES} bytes, the terminating NUL included, and refuses to start the
 * guest when they do not fit.
 */
public final class Solo5Limits {
    /** The Solo5 command-line buffer, NUL included. */
    public static final int CMDLINE_BYTES = 8192;

    private Solo5Limits() {}

    /** An error when a configuration of {@code size} bytes and its NUL do not fit the command line. */
    public static List<Diagnostic> checkSize(long size) {
        return size + 1 > CMDLINE_BYTES
                ? List.of(SourceDiagnostics.tooLarge("the Solo5 command line (the configuration and its NUL)", size + 1,
                        CMDLINE_BYTES))
                : List.of();
    }
}
