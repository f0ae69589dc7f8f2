package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cmdline is split as rumprun master's guest split it; words in the table are joined by '|'. */
class CmdlineWordsTest {
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = ';', quoteCharacter = '`', emptyValue = "<none>", value = {
        "httpd -f /data/httpd.conf; httpd|-f|/data/httpd.conf",
        "`  a   b  `; a|b",
        "`a\tb\nc`; a|b|c",
        "a \"b c\" d; a|b c|d",
        "a 'b c' d; a|b c|d",
        "a\"b c\"d; ab cd",
        "a \"\" b; a||b",
        "\"\" x; |x",
        "a\\ b; a b",
        "a\\\"b; a\"b",
        "a\\\\b; a\\b",
        "a\\; a",
        "\\; <none>",
        "\"a'b\" c; ab c",
        "\"a'b' c\" d; ab|c d",
        "\"unclosed b; unclosed b",
        "a \"x\\\" y\"; a|x\" y",
        "`   `; <none>",
    })
    void splitsLikeTheOriginal(String cmdline, String words) {
        List<String> expected = words.equals("<none>") ? List.of() : Arrays.asList(words.split("\\|", -1));

        assertThat(CmdlineWords.split(cmdline)).containsExactlyElementsOf(expected);
    }
}
