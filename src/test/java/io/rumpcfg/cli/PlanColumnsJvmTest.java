package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The text plan takes its width from the environment variable COLUMNS of a real process. */
class PlanColumnsJvmTest {
    private static final String FILE = "docs/examples/nfs-and-pipeline.json";
    private static final String NFS_LINE =
            "4  mount:/home           mount nfs -o nfsv3,tcp files.example.net:/export/home on /home   after 2, 3\n";

    /** What {@code rumpcfg ARGS} prints in a new JVM, run with COLUMNS set to {@code columns}, or unset. */
    private static String plan(String columns, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("COLUMNS");
        if (columns != null) {
            builder.environment().put("COLUMNS", columns);
        }
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out;
    }

    @Test
    void aWideTerminalGetsOneLinePerStep() throws Exception {
        assertThat(plan("200", "plan", FILE)).contains(NFS_LINE);
        assertThat(plan("200", "plan", "--why", FILE))
                .contains("mount nfs -o nfsv3,tcp files.example.net:/export/home on /home\n");
    }

    @Test
    void withoutColumnsThePlanWrapsAtEighty() throws Exception {
        String out = plan(null, "plan", FILE);

        assertThat(out).doesNotContain(NFS_LINE).contains("files.example.net:/export/home\n");
        assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }
}
