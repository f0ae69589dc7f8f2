package io.rumpcfg.parse;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ByteSourceJsonBootstrapper;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Jackson's UTF-8 parser with two things the token reader needs per token and Jackson keeps
 * to itself: where the key just read starts (its public location is a new object per call,
 * one per key) and a string value's text straight from the bytes, when they are its text.
 *
 * <p>Both read what Jackson's parser keeps for its subclasses, and {@code TokenReaderTest}
 * holds them, on every test document, to what Jackson's public methods answer.
 */
final class TapeParser extends UTF8StreamJsonParser {
    private TapeParser(IOContext context, int features, ObjectCodec codec, ByteQuadsCanonicalizer names, byte[] document,
            int start, int end) {
        super(context, features, null, codec, names, document, start, end, 0, false);
    }

    /** The byte offset of the key just read: its opening quote. */
    int keyOffset() {
        // Jackson keeps the place just past the quote, as an index into its buffer, which is
        // the document itself.
        return (int) (_currInputProcessed + _nameStartOffset - 1);
    }

    /** The 1-based line of the key just read. */
    int keyLine() {
        return _nameStartRow;
    }

    /** The 1-based column, in bytes, of the key just read. */
    int keyColumn() {
        return _nameStartCol;
    }

    /**
     * The text of the current token, a string value. A string written as plain ASCII without
     * an escape is its own text: it is made from the bytes in one copy, and Jackson's parser
     * is moved past it as if it had read it. Any other string is left to Jackson, which
     * decodes it, or refuses it for a raw control character.
     */
    String stringValue() throws IOException {
        if (_currToken != JsonToken.VALUE_STRING || !_tokenIncomplete) {
            return getText();
        }
        byte[] bytes = _inputBuffer;
        int start = _inputPtr;
        for (int i = start; i < _inputEnd; i++) {
            int b = bytes[i];
            if (b == '"') {
                _inputPtr = i + 1;
                _tokenIncomplete = false;
                return new String(bytes, start, i - start, StandardCharsets.ISO_8859_1);
            }
            if (b < 0x20 || b == '\\') { // negative: a byte of a multi-byte character
                break;
            }
        }
        return getText();
    }

    /**
     * A factory whose parsers for UTF-8 byte arrays are {@link TapeParser}s; any other input
     * (another encoding, a byte-order mark) gets Jackson's own parser.
     */
    static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        Factory(JsonFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected JsonParser _createParser(byte[] data, int offset, int len, IOContext context) throws IOException {
            // Jackson's bootstrapper tells the encoding (and records it in the context).
            boolean utf8 = new ByteSourceJsonBootstrapper(context, data, offset, len).detectEncoding() == JsonEncoding.UTF8;
            if (!utf8 || (len > 0 && data[offset] == ByteSourceJsonBootstrapper.UTF8_BOM_1)) {
                return super._createParser(data, offset, len, context);
            }
            return new TapeParser(context, _parserFeatures, _objectCodec,
                    _byteSymbolCanonicalizer.makeChildOrPlaceholder(_factoryFeatures), data, offset, offset + len);
        }
    }
}
