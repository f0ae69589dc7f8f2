package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule that keeps the boot path's classes few, checked rather than commented: in a fresh
 * JVM, the boot path of a current document with no diagnostics ({@link BootPathProbe}: the
 * source spec parsed, the file read, checked, the plan printed as {@code rumpcfg plan} prints
 * it, then booted on a platform that takes every call) loads
 * <ul>
 *   <li>no lambda or method reference of the library (no {@code io.rumpcfg...$$Lambda} class);</li>
 *   <li>no class of {@code java.util.stream}, {@code java.util.regex} or {@code java.lang.invoke}
 *       (lambda forms, {@code LambdaMetafactory}, {@code StringConcatFactory}'s shapes) beyond
 *       those a JVM loads that only reads the document, makes an slf4j logger and scans the
 *       document with Jackson ({@link DependenciesProbe}): the JDK's and the dependencies' own;</li>
 *   <li>no class of the older format's reader ({@code Master*}, {@code JsmnTokens}): telling
 *       the formats apart rules out the current shapes first.</li>
 * </ul>
 * Loading classes is most of a first check's cost in a fresh JVM (docs/performance.md, "The
 * first call in a fresh JVM"): each lambda or stream links dozens of method-handle classes.
 * Both JVMs run on the class path a runtime gives the library (its classes, jackson-core and
 * slf4j-api) and this module's test classes, for the probes.
 */
class BootPathClassesTest {
    /** The classes the rule is about, whoever loads them. */
    private static final String[] WATCHED = {"java.util.stream.", "java.util.regex.", "java.lang.invoke."};
    private static Set<String> dependenciesLoad;

    static Stream<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("docs/examples"))) {
            examples.filter(p -> p.toString().endsWith(".json")).sorted().forEach(documents::add);
        }
        documents.add(Path.of("src/main/cds/training.json")); // every section and source kind
        assertThat(documents).hasSizeGreaterThan(1);
        return documents.stream();
    }

    @BeforeAll
    static void loadTheDependenciesAlone() throws IOException, InterruptedException {
        Run run = run(DependenciesProbe.class, Path.of("src/main/cds/training.json"));
        assertThat(run.output).as("the dependencies' probe ran").contains("tokens ");
        dependenciesLoad = watched(run.loaded);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void bootPathOfACurrentDocumentLoadsNoLambdaStreamRegexOrOlderReaderOfTheLibrary(Path document)
            throws IOException, InterruptedException {
        Run run = run(BootPathProbe.class, document);

        assertThat(run.output).as("the probe planned and booted, with no diagnostic")
                .contains(" rc:0 ").endsWith("outcome SUCCEEDED\n").doesNotContain("warning:").doesNotContain("error:");
        assertThat(run.loaded).as("the library's own classes were loaded").contains("io.rumpcfg.plan.Planner");
        assertThat(run.loaded).as("lambdas of the library").noneMatch(c -> c.startsWith("io.rumpcfg.") && c.contains("$$Lambda"));
        Set<String> extra = watched(run.loaded);
        extra.removeAll(dependenciesLoad);
        assertThat(extra).as("stream, regex and method-handle classes beyond the dependencies' own").isEmpty();
        assertThat(run.loaded).as("classes of the older format's reader")
                .noneMatch(c -> c.startsWith("io.rumpcfg.parse.Master") || c.equals("io.rumpcfg.parse.JsmnTokens"));
    }

    private record Run(String output, List<String> loaded) {}

    /** Runs {@code probe} on {@code document} in a fresh JVM that logs each class it loads. */
    private static Run run(Class<?> probe, Path document) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("class-load", ".log");
        try {
            Process p = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + log, "-cp", classPath(),
                    probe.getName(), document.toString()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the probe ends").isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            return new Run(output, loaded(Files.readAllLines(log)));
        } finally {
            Files.delete(log);
        }
    }

    private static List<String> loaded(List<String> log) {
        List<String> loaded = new ArrayList<>();
        for (String line : log) {
            int at = line.indexOf("[class,load] ");
            if (at >= 0) {
                String rest = line.substring(at + "[class,load] ".length());
                loaded.add(rest.substring(0, rest.indexOf(' ')));
            }
        }
        return loaded;
    }

    /** The library's classes, jackson-core, slf4j-api and the probes: no logging back end, no JUnit. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (entry.endsWith("classes") || name.startsWith("jackson-core-") || name.startsWith("slf4j-api-")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Set<String> watched(List<String> loaded) {
        Set<String> out = new TreeSet<>();
        for (String c : loaded) {
            for (String prefix : WATCHED) {
                if (c.startsWith(prefix)) {
                    out.add(c.contains("/") ? c.substring(0, c.indexOf('/')) : c); // a hidden class's address varies
                }
            }
        }
        return out;
    }
}
