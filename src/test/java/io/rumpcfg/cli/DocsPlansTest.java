package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A block fenced {@code ```text plan ARGS} in docs/ shows what {@code rumpcfg plan ARGS}
 * prints; this test keeps the two equal.
 */
class DocsPlansTest {
    private static final String FENCE = "```text plan ";

    record Shown(Path file, int line, String[] args, String output) {}

    @TestFactory
    Stream<DynamicTest> plansShownInDocsAreWhatPlanPrints() throws IOException {
        List<Shown> shown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("docs"))) {
            for (Path md : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".md")).sorted()::iterator) {
                shown.addAll(shownIn(md));
            }
        }
        assertThat(shown).hasSizeGreaterThanOrEqualTo(2);
        return shown.stream().map(s -> DynamicTest.dynamicTest(s.file() + ":" + s.line(), () -> {
            String[] args = new String[s.args().length + 1];
            args[0] = "plan";
            System.arraycopy(s.args(), 0, args, 1, s.args().length);
            Cli.Run run = Cli.run(args);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo(s.output());
        }));
    }

    private static List<Shown> shownIn(Path md) throws IOException {
        List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
        List<Shown> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(FENCE)) {
                continue;
            }
            String[] args = lines.get(i).substring(FENCE.length()).trim().split("\\s+");
            int start = i + 1;
            StringBuilder text = new StringBuilder();
            for (i = start; i < lines.size() && !lines.get(i).equals("```"); i++) {
                text.append(lines.get(i)).append('\n');
            }
            out.add(new Shown(md, start, args, text.toString()));
        }
        return out;
    }
}
