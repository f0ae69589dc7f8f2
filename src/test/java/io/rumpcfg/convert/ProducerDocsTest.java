package io.rumpcfg.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/producers.md shows, for each producer's document, what rumpcfg convert prints for it:
 * each {@code json} block whose lead-in names a corpus file and its {@code --bins} is that
 * output, exactly.
 */
class ProducerDocsTest {
    private static final Path DOC = Path.of("docs/producers.md");
    private static final Pattern LEAD_IN = Pattern.compile("`([a-z0-9-]+\\.json)`[^\\n]*?`--bins ([^`]+)`");

    record Shown(String file, List<String> bins, String json, int line) {}

    @TestFactory
    Stream<DynamicTest> eachShownReadingIsWhatConvertPrints() throws IOException {
        List<Shown> shown = shown(Files.readAllLines(DOC, StandardCharsets.UTF_8));
        assertThat(shown).extracting(Shown::file).hasSize(10).doesNotHaveDuplicates();
        return shown.stream().map(s -> DynamicTest.dynamicTest(s.file() + " (line " + s.line() + ")", () -> {
            byte[] document;
            try (InputStream in = ProducerDocsTest.class.getResourceAsStream("/older/producers/" + s.file())) {
                document = in.readAllBytes();
            }
            Checked checked = Rumpcfg.check(document, ParseOptions.DEFAULTS.withBins(s.bins()),
                    PlanOptions.DEFAULTS.withBins(s.bins()));
            assertThat(ConfigWriter.write(checked.config().orElseThrow())).isEqualTo(s.json());
        }));
    }

    private static List<Shown> shown(List<String> lines) {
        List<Shown> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).trim().equals("```json")) {
                continue;
            }
            String leadIn = String.join("\n", lines.subList(Math.max(0, i - 4), i));
            Matcher m = LEAD_IN.matcher(leadIn);
            String file = null;
            String bins = null;
            while (m.find()) {
                file = m.group(1);
                bins = m.group(2);
            }
            int start = i + 1;
            StringBuilder json = new StringBuilder();
            for (i = start; !lines.get(i).trim().equals("```"); i++) {
                json.append(lines.get(i)).append('\n');
            }
            if (file != null) {
                out.add(new Shown(file, Arrays.asList(bins.split(",")), json.toString(), start));
            }
        }
        return out;
    }
}
