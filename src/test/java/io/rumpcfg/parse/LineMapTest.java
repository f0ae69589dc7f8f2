package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Position;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineMapTest {
    /** The position of the first {@code X} in {@code text}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "X|1|1",
        "abX|1|3",
        "a\\nbX|2|2",
        "a\\r\\nX|2|1",
        "a\\rX|2|1",
        "a\\n\\nX|3|1",
        "éX|1|2",
        "日本X|1|3",
        "😀X|1|2",
        "\\tX|1|2",
    })
    void columnCountsCharactersAndLinesEndAtLfCrlfOrCr(String text, int line, int column) {
        String decoded = text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
        byte[] bytes = decoded.getBytes(StandardCharsets.UTF_8);
        int offset = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('X');

        assertThat(new LineMap(bytes).at(offset)).isEqualTo(new Position(line, column, offset));
    }

    @ParameterizedTest
    @CsvSource({"-5,0", "100,3"})
    void offsetsOutsideTheDocumentAreClamped(long offset, long clamped) {
        assertThat(new LineMap("abc".getBytes(StandardCharsets.UTF_8)).at(offset).offset()).isEqualTo(clamped);
    }

    @Test
    void askingInAnyOrderGivesWhatAFreshMapGives() {
        byte[] bytes = "{ \"é\": 1,\n  \"b\": [ 2, 3 ]\r\n}\r".getBytes(StandardCharsets.UTF_8);
        LineMap reused = new LineMap(bytes);
        int[] offsets = {0, 2, 9, 9, 12, 20, 3, 26, 25, bytes.length, 1};

        for (int offset : offsets) {
            assertThat(reused.at(offset)).as("offset %d", offset).isEqualTo(new LineMap(bytes).at(offset));
        }
    }

    /** Lines are found as positions are asked for; any order of asking must give the counted answer. */
    @Property
    void anyOrderOfAskingGivesTheCountedPosition(
            @ForAll @CharRange(from = 'a', to = 'e') @Chars({'\n', '\r', 'é'}) String text,
            @ForAll List<@IntRange(max = 200) Integer> asks) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        LineMap map = new LineMap(bytes);
        for (int ask : asks) {
            int offset = Math.min(ask, bytes.length);
            assertThat(map.at(offset)).as("offset %d of %s", offset, text).isEqualTo(counted(bytes, offset));
        }
    }

    /** Line and column by counting from the start: LF, CRLF or a lone CR end a line; a column counts characters. */
    private static Position counted(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Position(line, column, offset);
    }

    @Test
    void aMinifiedDocumentAskedAtEveryTokenIsWalkedOnce() {
        // One line of n members: counting each column from the line's start would walk n² bytes.
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        byte[] bytes = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
        LineMap lines = new LineMap(bytes);

        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"' || bytes[i] == ':') {
                lines.at(i);
            }
        }

        assertThat(lines.walked).isLessThanOrEqualTo(bytes.length);
    }
}
