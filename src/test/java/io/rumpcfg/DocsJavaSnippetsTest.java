package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippets of README.md and docs/ can be copied into a project: each imports every
 * type it names from rumpcfg or from the JDK beyond java.lang, and each import names a public
 * type of a package the module exports (or a public static member of one). Snippets are
 * sketches ({@code ...} bodies), so they are not compiled; their imports are what a reader
 * could not guess.
 */
class DocsJavaSnippetsTest {
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+);\\s*$");
    /** A capitalised name not after a dot: a type, unless it is a constant or declared in the snippet. */
    private static final Pattern TYPE_NAME = Pattern.compile("(?<![.\\w])[A-Z]\\w*");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum)\\s+(\\w+)");
    /** JDK packages a snippet's types must be imported from; java.lang needs no import. */
    private static final List<String> JDK_PACKAGES = List.of("java.util", "java.util.concurrent", "java.util.function",
            "java.io", "java.nio.file", "java.nio.charset", "java.time");

    /** One fenced java block: where it is and its lines. */
    record Snippet(Path file, int line, List<String> lines) {}

    @TestFactory
    Stream<DynamicTest> everySnippetImportsWhatItNames() throws IOException {
        List<Snippet> snippets = snippets();
        Set<String> exported = exportedPackages();
        return snippets.stream().map(s -> DynamicTest.dynamicTest(s.file() + ":" + s.line(), () -> check(s, exported)));
    }

    @Test
    void theDocsHaveJavaSnippets() throws IOException {
        assertThat(snippets()).hasSizeGreaterThanOrEqualTo(8);
    }

    /** A snippet that is a whole class, its methods written out, compiles as it stands. */
    @TestFactory
    Stream<DynamicTest> everyWholeClassCompiles(@TempDir Path out) throws IOException {
        List<Snippet> whole = snippets().stream().filter(DocsJavaSnippetsTest::isWholeClass).collect(Collectors.toList());
        assertThat(whole).as("whole classes among the snippets").isNotEmpty();
        return whole.stream().map(s -> DynamicTest.dynamicTest(s.file() + ":" + s.line(), () -> compile(s, out)));
    }

    private static boolean isWholeClass(Snippet snippet) {
        String code = String.join("\n", snippet.lines());
        String first = snippet.lines().stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !IMPORT.matcher(l).matches()).findFirst().orElse("");
        return first.matches("(public |final |abstract )*class \\w+.*") && !code.contains("...") && !code.contains("/*");
    }

    /** With the JDK's javac in a process of its own: the tests run in the module, which does not read java.compiler. */
    private static void compile(Snippet snippet, Path out) throws IOException, InterruptedException {
        Matcher name = DECLARED.matcher(String.join("\n", snippet.lines()));
        assertThat(name.find()).isTrue();
        Path dir = Files.createDirectories(out.resolve(snippet.file().getFileName() + "-" + snippet.line()));
        Path source = Files.write(dir.resolve(name.group(1) + ".java"), snippet.lines());
        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(javac, "-Xlint:all", "-d", dir.toString(), "-cp", classPath, source.toString())
                .redirectErrorStream(true).start();
        String errors = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s:%d compiles:%n%s", snippet.file(), snippet.line(), errors).isZero();
    }

    private static void check(Snippet snippet, Set<String> exported) throws ClassNotFoundException {
        Set<String> imported = new HashSet<>();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.lines()) {
            Matcher m = IMPORT.matcher(line);
            if (!m.matches()) {
                body.append(line).append('\n');
                continue;
            }
            String name = m.group(2);
            if (m.group(1) == null) {
                Class<?> type = Class.forName(name);
                assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", name).isTrue();
                assertThat(isJdk(type) || exported.contains(type.getPackageName()))
                        .as("%s is in a package the module exports", name).isTrue();
                imported.add(type.getSimpleName());
            } else {
                String owner = name.substring(0, name.lastIndexOf('.'));
                String member = name.substring(name.lastIndexOf('.') + 1);
                Class<?> type = Class.forName(owner);
                boolean found = Arrays.stream(type.getMethods()).anyMatch(x -> x.getName().equals(member)
                        && Modifier.isStatic(x.getModifiers()))
                        || Arrays.stream(type.getFields()).anyMatch(x -> x.getName().equals(member)
                        && Modifier.isStatic(x.getModifiers()));
                assertThat(found).as("%s has a public static %s", owner, member).isTrue();
                assertThat(exported).as("%s is in a package the module exports", owner).contains(type.getPackageName());
            }
        }
        String code = withoutCommentsAndStrings(body.toString());
        Set<String> declared = new HashSet<>();
        for (Matcher m = DECLARED.matcher(code); m.find(); ) {
            declared.add(m.group(1));
        }
        for (Matcher m = TYPE_NAME.matcher(code); m.find(); ) {
            String name = m.group();
            if (imported.contains(name) || declared.contains(name) || exists("java.lang." + name)) {
                continue;
            }
            Optional<String> from = packageOf(name, exported);
            assertThat(from).as("%s:%d names %s without importing it", snippet.file(), snippet.line(), name)
                    .isEmpty();
        }
    }

    /** The package of a public type of that simple name among rumpcfg's exported packages and the JDK's usual ones. */
    private static Optional<String> packageOf(String simpleName, Set<String> exported) {
        List<String> packages = new ArrayList<>(exported);
        packages.addAll(JDK_PACKAGES);
        for (String p : packages) {
            if (exists(p + "." + simpleName)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean exists(String name) {
        try {
            return Modifier.isPublic(Class.forName(name, false, DocsJavaSnippetsTest.class.getClassLoader()).getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean isJdk(Class<?> type) {
        return type.getPackageName().startsWith("java.");
    }

    private static String withoutCommentsAndStrings(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ").replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    private static Set<String> exportedPackages() throws IOException {
        Pattern exports = Pattern.compile("^\\s*exports\\s+([\\w.]+);");
        Set<String> out = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/java/module-info.java"))) {
            Matcher m = exports.matcher(line);
            if (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static List<Snippet> snippets() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            files.addAll(docs.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList()));
        }
        List<Snippet> out = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).trim().equals("```java")) {
                    continue;
                }
                int start = i + 1;
                List<String> block = new ArrayList<>();
                for (i = start; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
                    block.add(lines.get(i));
                }
                out.add(new Snippet(file, start, block));
            }
        }
        return out;
    }
}
