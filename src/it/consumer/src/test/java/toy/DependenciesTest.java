package toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What a project depending on rumpcfg gets: the library and its two dependencies, and a CLI jar on request. */
class DependenciesTest {
    @Test
    void theRuntimeClassPathHoldsRumpcfgJacksonCoreAndSlf4jApiOnly() throws IOException {
        String classpath = Files.readString(Path.of(System.getProperty("runtimeClasspathFile")), StandardCharsets.UTF_8).strip();
        List<String> jars = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            jars.add(name.replaceFirst("-[0-9][^-]*(-SNAPSHOT)?\\.jar$", ""));
        }
        jars.sort(null);
        assertEquals(List.of("jackson-core", "rumpcfg", "slf4j-api"), jars, "the runtime class path: " + classpath);
        assertTrue(classpath.contains("rumpcfg-" + System.getProperty("rumpcfgVersion") + ".jar"), classpath);
    }

    @Test
    void neitherPicocliNorLogbackReachesTheTests() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("ch.qos.logback.classic.Logger"));
    }

    @Test
    void theCliJarOfClassifierCliRunsOnItsOwn() throws Exception {
        Path config = Files.createTempFile("toy", ".json");
        Files.writeString(config, "{ \"hostname\": \"toy1\", \"mount\": { \"/data\": { \"source\": \"tmpfs\" } } }");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(Arrays.asList(java.toString(), "-jar", System.getProperty("cliJar"), "plan",
                config.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("mount:/data"), out);
        Files.delete(config);
    }

    @Test
    void theCliJarSaysItsVersion() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(Arrays.asList(java.toString(), "-jar", System.getProperty("cliJar"), "--version"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals("rumpcfg " + System.getProperty("rumpcfgVersion") + "\n", out);
    }
}
