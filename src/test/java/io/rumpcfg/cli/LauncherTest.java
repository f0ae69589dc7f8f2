package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./rumpcfg} launcher, run from a clone laid out in a temporary directory whose
 * {@code target/rumpcfg.jar} holds a stand-in {@code io.rumpcfg.cli.Main} that echoes its
 * arguments and then the JVM's flags: the launcher finds its clone however it is called, and
 * starts every command the same way.
 */
class LauncherTest {
    private static final String STUB = "package io.rumpcfg.cli;\n"
            + "public class Main { public static void main(String[] a) { System.out.println(\"stub \" + String.join(\" \", a));\n"
            + "  System.out.println(\"jvm \" + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()); } }\n";

    @TempDir
    Path tmp;

    @Test
    void aLauncherLinkedOntoPathRunsItsOwnClone() throws Exception {
        Path clone = layOutClone();
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("rumpcfg"), clone.resolve("rumpcfg"));
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.createSymbolicLink(other.resolve("rc"), Path.of("../bin/rumpcfg"));

        assertThat(run(tmp, bin.resolve("rumpcfg").toString(), "plan", "x.json")).startsWith("stub plan x.json\n");
        assertThat(run(tmp, other.resolve("rc").toString(), "validate")).startsWith("stub validate\n");
        assertThat(run(clone, "./rumpcfg", "schema")).startsWith("stub schema\n");
    }

    @Test
    void everyCommandStartsTheJvmWithTheSameFlags() throws Exception {
        Path clone = layOutClone();
        Files.writeString(clone.resolve("small.json"), "{\"hostname\": \"web1\"}");
        List<List<String>> commands = List.of(
                List.of("plan", "small.json"),
                List.of("plan", "--format", "json", "small.json"),
                List.of("validate", "small.json"),
                List.of("run", "small.json"),
                List.of("convert", "small.json"),
                List.of("schema"),
                List.of("--version"));

        String first = jvmFlags(clone, commands.get(0));
        assertThat(first).contains("-XX:TieredStopAtLevel=1").doesNotContain("-Xint");
        for (List<String> command : commands) {
            assertThat(jvmFlags(clone, command)).as(String.join(" ", command)).isEqualTo(first);
        }
    }

    private static String jvmFlags(Path clone, List<String> command) throws IOException, InterruptedException {
        List<String> launch = new ArrayList<>(List.of("./rumpcfg"));
        launch.addAll(command);
        String out = run(clone, launch.toArray(new String[0]));
        assertThat(out).startsWith("stub " + String.join(" ", command) + "\n");
        return out.substring(out.indexOf("\njvm ") + 1);
    }

    /** The README's install command, run as written from the clone, puts a working rumpcfg on PATH. */
    @Test
    void theReadmesInstallCommandPutsTheLauncherOnPath() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Install"));
        int start = section.indexOf("```sh\n") + "```sh\n".length();
        String block = section.substring(start, section.indexOf("\n```", start));
        Path clone = layOutClone();
        Path home = Files.createDirectories(tmp.resolve("home"));

        ProcessBuilder install = new ProcessBuilder("sh", "-c", block).directory(clone.toFile()).redirectErrorStream(true);
        install.environment().put("HOME", home.toString());
        Process p = install.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(said).isZero();

        ProcessBuilder use = new ProcessBuilder("sh", "-c", "rumpcfg --version").directory(tmp.toFile()).redirectErrorStream(true);
        use.environment().put("PATH", home.resolve(".local/bin") + ":" + System.getenv("PATH"));
        Process run = use.start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).startsWith("stub --version\n");
    }

    /** A clone with the real launcher, sources older than its jar, and the stand-in jar. */
    private Path layOutClone() throws IOException, InterruptedException {
        Path clone = Files.createDirectories(tmp.resolve("clone"));
        Path launcher = Files.copy(Path.of("rumpcfg"), clone.resolve("rumpcfg"));
        launcher.toFile().setExecutable(true);
        Path old = Files.writeString(clone.resolve("pom.xml"), "<project/>");
        Path src = Files.createDirectories(clone.resolve("src/main"));
        FileTime then = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(old, then);
        Files.setLastModifiedTime(src, then);
        Path classes = Files.createDirectories(tmp.resolve("classes/io/rumpcfg/cli"));
        Path source = Files.writeString(classes.resolve("Main.java"), STUB);
        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        run(tmp, javac, "-d", tmp.resolve("classes").toString(), source.toString());
        Path jar = Files.createDirectories(clone.resolve("target")).resolve("rumpcfg.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("io/rumpcfg/cli/Main.class"));
            out.write(Files.readAllBytes(classes.resolve("Main.class")));
            out.closeEntry();
        }
        return clone;
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
