package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The one pass for names given twice across repeated root keys reports exactly the names a map
 * of first places says were given before, each at its own place, naming the first; and a name
 * given once, in however many sections, is never reported.
 */
class UniqueNamesTest {
    private static final ConfigParser PARSER = ConfigParser.create(ParseOptions.DEFAULTS);

    /** Each section is the distinct names (a small alphabet, so that sections share some) of one repeated root key. */
    @Property(tries = 300)
    void everyRepeatAcrossSectionsIsReportedAtItsPlaceNamingTheFirst(
            @ForAll @Size(min = 1, max = 5) List<@Size(max = 6) Set<@IntRange(max = 9) Integer>> sections,
            @ForAll boolean mounts) {
        StringBuilder json = new StringBuilder("{");
        Map<String, String> first = new HashMap<>();
        List<String> expected = new ArrayList<>();
        for (Set<Integer> section : sections) {
            if (json.length() > 1) {
                json.append(",\n");
            }
            json.append(mounts ? "\"mount\": {" : "\"env\": {");
            boolean firstMember = true;
            for (int n : new LinkedHashSet<>(section)) {
                if (!firstMember) {
                    json.append(", ");
                }
                firstMember = false;
                String name = mounts ? "/d" + n : "V" + n;
                // The key's place: its opening quote, on the last line so far
                String at = lineOf(json) + ":" + (json.length() - json.lastIndexOf("\n"));
                json.append('"').append(name).append("\": ").append(mounts ? "{\"source\": \"kernfs\"}" : "\"x\"");
                String earlier = first.putIfAbsent(name, at);
                if (earlier != null) {
                    String path = mounts ? "mount[\"" + name + "\"]" : "env." + name;
                    String what = mounts ? "mountpoint" : "env name";
                    expected.add(path + " " + at + " " + what + " \"" + name + "\" already declared at " + earlier);
                }
            }
            json.append('}');
        }
        json.append('}');

        ParseResult result = PARSER.parse(json.toString().getBytes(StandardCharsets.UTF_8));

        List<String> reported = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.code()).as(json.toString()).isEqualTo(Code.DUPLICATE);
            reported.add(d.path() + " " + d.position() + " " + d.message());
        }
        assertThat(reported).as(json.toString()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.config().isPresent()).isEqualTo(expected.isEmpty());
    }

    private static int lineOf(StringBuilder json) {
        int line = 1;
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
