package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link ShortStrings} gives each short string its text, and a repeated one the same instance. */
class ShortStringsTest {

    @Test
    void aRepeatedStringIsTheSameInstance() {
        ShortStrings known = new ShortStrings();
        byte[] document = bytes("{\"a\": \"tmpfs\", \"b\": \"tmpfs\"}");
        String first = known.of(document, 7, 5);
        String second = known.of(document, 21, 5);
        assertThat(first).isEqualTo("tmpfs");
        assertThat(second).isSameAs(first);
    }

    @Test
    void theEmptyStringAndTheLongestKeptAreSpelledRight() {
        ShortStrings known = new ShortStrings();
        byte[] bytes = bytes("12345678");
        assertThat(known.of(bytes, 0, 0)).isEmpty();
        assertThat(known.of(bytes, 0, ShortStrings.MAX_LENGTH)).isEqualTo("12345678");
        assertThat(known.of(bytes, 0, ShortStrings.MAX_LENGTH)).isSameAs(known.of(bytes, 0, ShortStrings.MAX_LENGTH));
    }

    /**
     * Far more strings than the table has slots, each asked for twice in a row and all again
     * afterwards: strings meeting in a slot replace each other, and none is ever given for
     * another's bytes.
     */
    @Property(tries = 200)
    void manyStringsEachGetTheirOwnText(
            @ForAll @Size(min = 1, max = 600) List<@StringLength(max = ShortStrings.MAX_LENGTH) @CharRange(from = ' ', to = '~') String> texts) {
        ShortStrings known = new ShortStrings();
        List<String> seen = new ArrayList<>();
        for (String text : texts) {
            byte[] bytes = bytes("\"" + text + "\"");
            String made = known.of(bytes, 1, text.length());
            assertThat(made).isEqualTo(text);
            assertThat(known.of(bytes, 1, text.length())).isSameAs(made);
            seen.add(made);
        }
        for (String text : texts) {
            assertThat(known.of(bytes(text), 0, text.length())).isEqualTo(text);
        }
        assertThat(seen).isEqualTo(texts);
    }

    /** Strings of one length that differ in one character: the table compares every character, not the hash. */
    @Test
    void stringsDifferingInOneCharacterAreToldApart() {
        ShortStrings known = new ShortStrings();
        for (int place = 0; place < ShortStrings.MAX_LENGTH; place++) {
            for (char c = ' '; c <= '~'; c++) {
                char[] chars = "aaaaaaaa".toCharArray();
                chars[place] = c;
                String text = new String(chars);
                assertThat(known.of(bytes(text), 0, text.length())).isEqualTo(text);
                assertThat(known.of(bytes("aaaaaaaa"), 0, 8)).isEqualTo("aaaaaaaa");
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
