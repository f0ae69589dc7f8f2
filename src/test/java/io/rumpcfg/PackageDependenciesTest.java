package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library's packages depend on each other one way: no cycle, read from the sources. */
class PackageDependenciesTest {
    private static final Path MAIN = Path.of("src/main/java");
    /** A use of another package's type: a qualified name followed by a class name, in code. */
    private static final Pattern USE = Pattern.compile("\\bio\\.rumpcfg((?:\\.[a-z0-9]+)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void noPackageCycle() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertThat(uses).containsKeys("io.rumpcfg.source", "io.rumpcfg.source.spec", "io.rumpcfg.parse");

        assertThat(cycles(uses)).isEmpty();
    }

    @Test
    void thePlatformSourcesDoNotUseTheSpecs() throws IOException {
        Map<String, Set<String>> uses = uses();

        for (String p : List.of("io.rumpcfg.source", "io.rumpcfg.source.hw", "io.rumpcfg.source.xen",
                "io.rumpcfg.source.cmdline", "io.rumpcfg.source.solo5")) {
            assertThat(uses.getOrDefault(p, Set.of())).as(p).doesNotContain("io.rumpcfg.source.spec");
        }
    }

    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("io/rumpcfg"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                String code = COMMENT.matcher(Files.readString(f)).replaceAll("");
                Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = USE.matcher(code);
                while (m.find()) {
                    String other = "io.rumpcfg" + m.group(1);
                    if (!other.equals(pkg)) {
                        used.add(other);
                    }
                }
            }
        }
        return uses;
    }

    /** Every package from which a path of uses leads back to it. */
    private static List<String> cycles(Map<String, Set<String>> uses) {
        List<String> cyclic = new ArrayList<>();
        for (String start : uses.keySet()) {
            Deque<String> todo = new ArrayDeque<>(uses.get(start));
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                String p = todo.pop();
                if (p.equals(start)) {
                    cyclic.add(start);
                    break;
                }
                if (seen.add(p)) {
                    todo.addAll(uses.getOrDefault(p, Set.of()));
                }
            }
        }
        return cyclic;
    }
}
