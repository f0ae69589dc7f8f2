package io.rumpcfg.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The writers every run prints through: buffered, flushed at each line, in the encoding the
 * JVM chose for the stream.
 */
final class StdStreams {
    private StdStreams() {}

    static PrintWriter out() {
        return writer(System.out, System.getProperty("sun.stdout.encoding"));
    }

    static PrintWriter err() {
        return writer(System.err, System.getProperty("sun.stderr.encoding"));
    }

    private static PrintWriter writer(OutputStream stream, String encoding) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(encoding))), true);
    }

    /** Windows names UTF-8 cp65001; a name the JVM does not know means the default. */
    private static Charset charset(String encoding) {
        if (encoding == null) {
            return Charset.defaultCharset();
        }
        try {
            return Charset.forName(encoding.equalsIgnoreCase("cp65001") ? "UTF-8" : encoding);
        } catch (IllegalArgumentException unknown) {
            return Charset.defaultCharset();
        }
    }
}
