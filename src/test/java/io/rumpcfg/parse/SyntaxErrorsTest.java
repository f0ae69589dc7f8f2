package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.rumpcfg.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * JSON syntax errors are told in rumpcfg's words: the second walk ({@link SyntaxErrors}) finds
 * an error exactly where strict JSON (Jackson) refuses a document, and nothing of Jackson's
 * messages reaches a diagnostic. The documents are valid ones damaged by the slips people make:
 * a character typed, doubled or lost.
 */
class SyntaxErrorsTest {
    private static final ConfigParser PARSER = ConfigParser.create(ParseOptions.DEFAULTS);
    private static final JsonFactory JACKSON = new JsonFactory();

    /** What Jackson's messages say and ours never do. */
    private static final Pattern JACKSON_WORDS = Pattern.compile(
            "Feature|REDACTED|\\(code \\d+\\)|start marker|close marker|Unexpected character|Unrecognized|"
                    + "Unexpected end-of-input|was expecting|CTRL-CHAR|Source:|JsonParser|StreamRead|"
                    + "Illegal unquoted|Non-standard|token '|Leading zeroes|Invalid numeric");

    /** The documents damaged: every example of the docs, and one with every section. */
    private static final List<String> VALID = valid();

    private static List<String> valid() {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(Path.of("docs/examples"))) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                out.add(Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.add("{\n  \"hostname\": \"web1\",\n  \"env\": {\"A\": \"1\", \"DB_PASSWORD\": \"s\\u00e9cret\"},\n"
                + "  \"netbsd\": {\"sysctl\": {\"kern.maxfiles\": 1024, \"net.inet.ip.forwarding\": true, \"x.y\": -1.5e3}},\n"
                + "  \"rc\": [{\"bin\": \"app\", \"argv\": [\"app\", \"-v\"], \"runmode\": null}, []]\n}\n");
        return out;
    }

    /** The characters a slip types, ASCII and not. */
    private static final List<String> SLIPS = List.of("{", "}", "[", "]", "\"", ",", ",,", ":", "/", "//", "/*", "#",
            "'", "\\", "\\u12", "0", "01", "-", "+", ".", "e", "x", "tru", "True", "None", "\n", "\t", "\u0001", " ",
            "\u201c", "\u00a0", "é", "\"a\"", "1 2");

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> document = Arbitraries.of(VALID);
        Arbitrary<String> slip = Arbitraries.of(SLIPS);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(document, slip, kind, where).as((d, s, k, w) -> {
            // The first byte stays '{': what the token reader is given.
            int at = 1 + (int) (w * (d.length() - 2));
            int codePointAt = d.offsetByCodePoints(0, d.codePointCount(0, at));
            switch (k) {
                case 0:
                    return d.substring(0, codePointAt) + s + d.substring(codePointAt);
                case 1:
                    return d.substring(0, codePointAt) + d.substring(d.offsetByCodePoints(codePointAt, 1));
                default:
                    return d.substring(0, codePointAt) + s + d.substring(d.offsetByCodePoints(codePointAt, 1));
            }
        });
    }

    @Property(tries = 3000)
    void theWalkFindsAnErrorExactlyWhereJacksonRefuses(@ForAll("damaged") String document) {
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);

        Optional<SyntaxErrors.Found> found = SyntaxErrors.first(bytes, new LineMap(bytes));
        boolean refused = jacksonRefuses(bytes);

        assertThat(found.isPresent()).as("%s", found).isEqualTo(refused);
        // About half the slips break the document: the property is tried on both kinds.
        Statistics.collect(refused);
        Statistics.coverage(c -> {
            c.check(true).percentage(p -> p > 30);
            c.check(false).percentage(p -> p > 20);
        });
    }

    @Property(tries = 3000)
    void noDiagnosticSpeaksJacksonsWords(@ForAll("damaged") String document) {
        for (Diagnostic d : PARSER.parse(document.getBytes(StandardCharsets.UTF_8)).diagnostics()) {
            assertThat(d.message()).doesNotContainPattern(JACKSON_WORDS).doesNotContain("not valid JSON here");
        }
    }

    /** config.md's table of syntax errors: each one-line document gives exactly the diagnostic shown beside it. */
    @Example
    void theTableInConfigMdIsWhatTheParserSays() throws IOException {
        Pattern row = Pattern.compile("^\\| `(\\{.*)` \\| `(\\d+:\\d+: error: .*)` \\|$");
        int rows = 0;
        for (String line : Files.readAllLines(Path.of("docs/config.md"), StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (!m.matches()) {
                continue;
            }
            rows++;
            List<Diagnostic> found = PARSER.parse(m.group(1).getBytes(StandardCharsets.UTF_8)).diagnostics();
            assertThat(found).as(m.group(1)).hasSize(1);
            assertThat(found.get(0).render("web.json")).as(m.group(1)).isEqualTo("web.json:" + m.group(2));
        }
        assertThat(rows).as("rows of the table").isGreaterThanOrEqualTo(15);
    }

    @Example
    void aSyntaxErrorPointsWhereItIsAndNamesItsElement() {
        byte[] bytes = "{\"rc\": [{\"bin\": \"a\"}\n  {\"bin\": \"b\"}]}".getBytes(StandardCharsets.UTF_8);

        SyntaxErrors.Found found = SyntaxErrors.first(bytes, new LineMap(bytes)).orElseThrow();

        assertThat(found.path()).hasToString("rc");
        assertThat(found.at()).hasToString("1:21");
        assertThat(found.message()).isEqualTo("missing comma between items, before the item at 2:3");
    }

    @Example
    void aValidDocumentHasNoSyntaxError() {
        for (String document : VALID) {
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            assertThat(SyntaxErrors.first(bytes, new LineMap(bytes))).isEmpty();
        }
    }

    /** Whether Jackson, as strict as the token reader's, refuses the root value of {@code document}. */
    private static boolean jacksonRefuses(byte[] document) {
        try (JsonParser parser = JACKSON.createParser(document)) {
            int depth = 0;
            do {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return true;
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token.isScalarValue() && token == JsonToken.VALUE_STRING) {
                    parser.getText(); // a string is checked only when read
                }
            } while (depth > 0);
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
