package io.rumpcfg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/config.md's code table lists exactly the catalogue: each code, its severity and its meaning. */
class CodeCatalogueTest {
    private static final Path CONFIG_MD = Path.of("docs", "config.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\| (.+) \\|$");
    private static final Pattern LINK = Pattern.compile("\\[([^]]*)]\\([^)]*\\)");

    @Test
    void theCodeTableListsEveryCodeOnceWithItsSeverityAndMeaning() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (Code code : Code.values()) {
            expected.put(code.id(), severityCell(code) + " | " + code.meaning());
        }
        List<String> ids = new ArrayList<>();
        Map<String, String> documented = new LinkedHashMap<>();
        for (String row : codeTable()) {
            Matcher m = ROW.matcher(row);
            assertThat(m.matches()).as("a row of three cells, the code in backticks: %s", row).isTrue();
            ids.add(m.group(1));
            documented.put(m.group(1), plain(m.group(2)) + " | " + plain(m.group(3)));
        }
        assertThat(ids).as("codes in the table").doesNotHaveDuplicates();
        assertThat(documented).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void everyIdIsLowerCaseWordsJoinedByHyphens() {
        for (Code code : Code.values()) {
            assertThat(code.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(Code.ofId(code.id())).contains(code);
        }
        assertThat(Code.ofId("plan.cycle")).isEmpty();
    }

    private static String severityCell(Code code) {
        return code.severity().label() + code.otherwise().map(o -> "; " + o).orElse("");
    }

    /** A cell as text: Markdown's code spans and links taken off. */
    private static String plain(String cell) {
        return LINK.matcher(cell).replaceAll("$1").replace("`", "").strip();
    }

    /** The rows of the table under "### Diagnostics" whose header is {@code | code | severity | meaning |}. */
    private static List<String> codeTable() throws IOException {
        List<String> lines = Files.readAllLines(CONFIG_MD);
        int header = lines.indexOf("| code | severity | meaning |");
        assertThat(header).as("the code table in %s", CONFIG_MD).isPositive();
        List<String> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }
}
