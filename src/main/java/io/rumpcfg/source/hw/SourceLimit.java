package io.rumpcfg.source.hw;

import io.rumpcfg.source.SourceResult;

/** How far the reader looks for a string's terminator. */
final class SourceLimit {
    /** A command line may carry a whole inline configuration, so as long as one, plus its NUL. */
    static final int CMDLINE_BYTES = SourceResult.MAX_CONFIG_BYTES + 1;

    private SourceLimit() {}
}
