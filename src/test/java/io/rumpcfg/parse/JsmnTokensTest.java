package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tokens rumprun master's tokenizer (lib/libbmk_core/jsmn.c at b04d422, built without
 * JSMN_STRICT or JSMN_PARENT_LINKS) makes of documents JSON would not take. Each expectation
 * lists the tokens as that tokenizer reports them: kind (P a primitive, O an object, A an
 * array, S a string), start, end and size; or FAIL where it returns an error.
 */
class JsmnTokensTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a": "b", "c" "d",, x}, "e'       | O 0 23 4; S 2 3 1; S 7 8 0; S 12 13 0; S 16 17 0; P 21 22 0; S 26 27 0
            {"a" "b"}                          | O 0 9 2; S 2 3 0; S 6 7 0
            {"a": {"b": "c"} "d": "e"}         | O 0 26 2; S 2 3 1; O 6 16 1; S 8 9 1; S 13 14 0; S 18 19 1; S 23 24 0
            {"a": [1, [2]], }                  | O 0 17 1; S 2 3 1; A 6 14 2; P 7 8 0; A 10 13 1; P 11 12 0
            {abc{:x}                           | O 0 8 1; P 1 5 1; P 6 7 0
            {} {"c": "d"} w                    | O 0 2 0; O 3 13 1; S 5 6 1; S 10 11 0; P 14 15 0
            {"x": "\\q"}                       | FAIL
            {"a": "b"                          | FAIL
            {"a": "b"]                         | FAIL
            {"a": "b"}\u0000 junk              | O 0 10 1; S 2 3 1; S 7 8 0
            """)
    void tokensAreWhatMastersTokenizerMakes(String document, String expected) {
        // jsmn.c: a ':' makes the token before it the parent, a ',' goes back to the open
        // object or array, every unquoted run is a primitive, the text ends at a NUL.
        String text = document.replace("\"e'", "\"e\"").replace("\\\\q", "\\q").replace("\\u0000", "\u0000");
        JsmnTokens t = JsmnTokens.of(text.getBytes(StandardCharsets.UTF_8), 0);

        assertThat(describe(t)).isEqualTo(expected);
    }

    private static String describe(JsmnTokens t) {
        if (t.failed()) {
            return "FAIL";
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.count(); i++) {
            String kind = t.type(i) == JsmnTokens.OBJECT ? "O" : t.type(i) == JsmnTokens.ARRAY ? "A"
                    : t.type(i) == JsmnTokens.STRING ? "S" : "P";
            out.add(kind + " " + t.start(i) + " " + t.end(i) + " " + t.size(i));
        }
        return String.join("; ", out);
    }
}
