package io.rumpcfg.parse;

import io.rumpcfg.internal.ConfigBytes;
import io.rumpcfg.internal.DiagnosticOrder;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a rumprun configuration document into the model, with every diagnostic.
 *
 * <p>Bad input never throws: every problem is a {@link io.rumpcfg.model.Diagnostic} in the
 * result, and the configuration is present exactly when none of them is an error. The
 * document is checked in stages: its size, its encoding (UTF-8), that it is a JSON object,
 * its syntax and the size limits (the tokens), then every rule of the format (the
 * sections), where all errors are found in one run up to {@link Limits#maxDiagnostics()}.
 *
 * <p>Positions are 1-based lines and columns counted in characters (Unicode code points),
 * pointing at the offending value, or at the key for an unknown or repeated key.
 */
public final class ConfigParser {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ParseOptions options;

    private ConfigParser(ParseOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * A parser reading with {@code options}. A parser holds nothing but its options, so one parser
     * may be shared by any number of threads.
     *
     * @throws NullPointerException if {@code options} is null
     */
    public static ConfigParser create(ParseOptions options) {
        return new ConfigParser(options);
    }

    /** The options this parser reads with. */
    public ParseOptions options() {
        return options;
    }

    /** Reads a whole document held in memory. */
    public ParseResult parse(byte[] document) {
        Objects.requireNonNull(document, "document");
        return read(document, false);
    }

    /**
     * Reads a document from a stream, reading no more than {@link Limits#maxDocumentBytes()}
     * + 1 bytes: one byte over the limit is enough to tell that the document is too large.
     * The stream is not closed.
     *
     * @throws IOException only when the stream itself fails to read
     */
    public ParseResult parse(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return read(ConfigBytes.readAtMost(in, options.limits().maxDocumentBytes()), true);
    }

    private ParseResult read(byte[] document, boolean fromStream) {
        Limits limits = options.limits();
        Problems problems = new Problems(limits.maxDiagnostics(), options.strict(), options.denyWarnings());
        LineMap lines = new LineMap(document);
        if (document.length > limits.maxDocumentBytes()) {
            problems.documentTooLarge(lines.at(limits.maxDocumentBytes()), document.length, fromStream, limits.maxDocumentBytes());
            return new ParseResult(Optional.empty(), inOrder(problems));
        }
        // A plain document is ASCII: valid UTF-8 without a second look.
        boolean plain = PlainDocument.is(document);
        int invalid = plain ? -1 : firstInvalidUtf8(document);
        if (invalid >= 0) {
            problems.invalidUtf8(lines.at(invalid), document[invalid]);
            return new ParseResult(Optional.empty(), inOrder(problems));
        }
        if (looksWide(document)) {
            problems.wideEncoding(lines.at(0));
            return new ParseResult(Optional.empty(), inOrder(problems));
        }
        int start = firstNonBlank(document);
        if (start < document.length && document[start] == '{') {
            DocumentReader.Outcome read = DocumentReader.read(document, start, plain, lines, options);
            return result(read.problems(), read.config());
        }
        // rumprun master's guest skips whatever comes before the first '{': an older document may follow.
        int brace = firstBrace(document);
        if (brace >= 0) {
            byte[] skipped = blankedBefore(document, brace);
            DocumentReader.Outcome read = DocumentReader.read(skipped, brace, PlainDocument.is(skipped), lines, options);
            if (read.older()) {
                read.problems().olderSkipped(lines.at(start), lines.at(brace));
                return result(read.problems(), read.config());
            }
        }
        if (start >= document.length) {
            problems.emptyDocument(lines.at(start));
        } else {
            problems.notAnObject(lines.at(start), "text starting with " + Problems.quote(firstCharacter(document, start)));
        }
        return new ParseResult(Optional.empty(), inOrder(problems));
    }

    private static ParseResult result(Problems found, Optional<Config> config) {
        return new ParseResult(found.hasErrors() ? Optional.empty() : config, inOrder(found));
    }

    /** The diagnostics in document order ({@link DiagnosticOrder}), not in the order the rules ran. */
    private static List<Diagnostic> inOrder(Problems found) {
        return DiagnosticOrder.sorted(found.diagnostics());
    }

    /**
     * Whether the document starts as UTF-16 or UTF-32 without a byte-order mark do, a NUL
     * byte beside its first character: such bytes are valid UTF-8, but no configuration.
     */
    private static boolean looksWide(byte[] document) {
        return document.length >= 2 && (document[0] == 0 || document[1] == 0);
    }

    /** The offset of the first '{' before any NUL (where the guest's text ends), or -1. */
    private static int firstBrace(byte[] document) {
        for (int i = 0; i < document.length && document[i] != 0; i++) {
            if (document[i] == '{') {
                return i;
            }
        }
        return -1;
    }

    /** A copy with every byte before {@code end} a blank, line ends kept: positions stay those of the original. */
    private static byte[] blankedBefore(byte[] document, int end) {
        byte[] copy = document.clone();
        for (int i = 0; i < end; i++) {
            if (copy[i] != '\n' && copy[i] != '\r') {
                copy[i] = ' ';
            }
        }
        return copy;
    }

    /** The offset of the first byte that is not valid UTF-8, or -1. */
    private static int firstInvalidUtf8(byte[] document) {
        int ascii = 0;
        while (ascii < document.length && document[ascii] >= 0) {
            ascii++;
        }
        if (ascii == document.length) {
            return -1; // the common case, told without a decoder and its buffers
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(document, ascii, document.length - ascii);
        CharBuffer out = CharBuffer.allocate(1024);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /** Skips a byte-order mark and JSON whitespace. */
    private static int firstNonBlank(byte[] document) {
        int i = startsWithBom(document) ? UTF8_BOM.length : 0;
        while (i < document.length && (document[i] == ' ' || document[i] == '\t' || document[i] == '\n' || document[i] == '\r')) {
            i++;
        }
        return i;
    }

    private static boolean startsWithBom(byte[] document) {
        return document.length >= 3 && document[0] == UTF8_BOM[0] && document[1] == UTF8_BOM[1] && document[2] == UTF8_BOM[2];
    }

    private static String firstCharacter(byte[] document, int at) {
        String rest = new String(document, at, Math.min(4, document.length - at), StandardCharsets.UTF_8);
        return rest.substring(0, Character.charCount(rest.codePointAt(0)));
    }
}
