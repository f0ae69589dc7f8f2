package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every JSON example in docs/ is checked: fenced {@code json} blocks in Markdown must be
 * valid, blocks fenced {@code json invalid} must be rejected, blocks fenced
 * {@code json older} must be valid documents of the older format (read with its one
 * deprecation warning), and every file in docs/examples/ must be valid.
 */
class DocsExamplesTest {
    private static final Path DOCS = Path.of("docs");

    /**
     * The warnings an older-format example may have: its format, the baked binaries it is
     * read without, and what an example shows on purpose (the launcher's commas, a Solo5
     * fork's cwd). Any other (an escape or a run of blanks the guest splits otherwise) means
     * the docs teach what the guest does not do.
     */
    private static final List<Code> OLDER_EXAMPLE_WARNINGS =
            List.of(Code.OLDER_FORMAT, Code.OLDER_CMDLINE_BINS, Code.OLDER_RC_BINS, Code.COMMA_REPAIR, Code.OLDER_FORK);

    /** What a fenced block must be. */
    enum Expect {
        VALID("```json"),
        INVALID("```json invalid"),
        OLDER_FORMAT("```json older");

        final String fence;

        Expect(String fence) {
            this.fence = fence;
        }
    }

    /** One fenced block: where it is, what it must be, its text. */
    record Example(Path file, int line, Expect expect, String json) {}

    @TestFactory
    Stream<DynamicTest> markdownExamples() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DOCS)) {
            for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList())) {
                examples.addAll(examplesIn(md));
            }
        }
        assertThat(examples).as("JSON examples in docs/").isNotEmpty();
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.file() + ":" + e.line(), () -> check(e)));
    }

    @TestFactory
    Stream<DynamicTest> exampleFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(DOCS.resolve("examples"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () ->
                check(new Example(f, 1, Expect.VALID, Files.readString(f, StandardCharsets.UTF_8)))));
    }

    static List<Example> examplesIn(Path md) throws IOException {
        List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).trim();
            Expect expect = null;
            for (Expect e : Expect.values()) {
                if (fence.equals(e.fence)) {
                    expect = e;
                }
            }
            if (expect == null) {
                continue;
            }
            int start = i + 1;
            StringBuilder json = new StringBuilder();
            for (i = start; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
                json.append(lines.get(i)).append('\n');
            }
            out.add(new Example(md, start, expect, json.toString()));
        }
        return out;
    }

    private static void check(Example example) {
        Checked checked = Rumpcfg.check(
                example.json().getBytes(StandardCharsets.UTF_8), ParseOptions.DEFAULTS, PlanOptions.DEFAULTS);
        String rendered = checked.diagnostics().stream()
                .map(d -> d.render(example.file().toString()))
                .collect(Collectors.joining("\n"));
        if (example.expect() == Expect.VALID) {
            assertThat(checked.isValid()).as("valid example; diagnostics:%n%s", rendered).isTrue();
            assertThat(checked.diagnostics()).as("no warnings either").isEmpty();
        } else if (example.expect() == Expect.OLDER_FORMAT) {
            assertThat(checked.isValid()).as("valid older-format example; diagnostics:%n%s", rendered).isTrue();
            assertThat(checked.diagnostics()).as("read as the older format; diagnostics:%n%s", rendered)
                    .filteredOn(d -> d.code().equals(Code.OLDER_FORMAT)).hasSize(1);
            assertThat(checked.diagnostics()).as("an example the guest reads as the docs say; diagnostics:%n%s", rendered)
                    .extracting(Diagnostic::code).isSubsetOf(OLDER_EXAMPLE_WARNINGS);
        } else {
            assertThat(checked.isValid()).as("example marked invalid").isFalse();
            assertThat(checked.diagnostics()).anyMatch(Diagnostic::isError);
        }
    }
}
