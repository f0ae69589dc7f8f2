package io.rumpcfg.parse;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a rumprun configuration document into the model, with every diagnostic.
 * TODO(parse): the streaming implementation.
 */
public final class ConfigParser {
    private final ParseOptions options;

    private ConfigParser(ParseOptions options) {
        this.options = options;
    }

    public static ConfigParser create(ParseOptions options) {
        return new ConfigParser(options);
    }

    public ParseOptions options() {
        return options;
    }

    /** Reads a whole document held in memory. */
    public ParseResult parse(byte[] document) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads a document from a stream, reading no more than the document limit allows. */
    public ParseResult parse(InputStream in) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
