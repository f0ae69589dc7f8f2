package io.rumpcfg.source.xen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.xen.XenstoreWire.Message;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Debian's xenstore-utils against the fake daemon, and rumpcfg against what they write and read.
 * Skipped where the tools are missing, except in CI (CI=true), which installs them.
 */
class XenstoreInteropTest extends WithFakeXenstored {
    private static final String KEY = "/local/domain/5/rumprun/cfg";
    /** A config with JSON escapes: a quote and a backslash inside a string. */
    private static final String ESCAPED = "{\"env\":{\"Q\":\"a\\\"b\\\\c\"}}";

    private static Path tool(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(name + " is not installed; CI must install the Debian package xenstore-utils");
        }
        assumeTrue(false, name + " is not installed (Debian package xenstore-utils)");
        throw new AssertionError("unreachable");
    }

    private record Run(int exit, byte[] stdout, String stderr) {}

    private Run run(String tool, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(tool(tool).toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put(XenstoreEndpoint.ENV_VAR, daemon.socket().toString());
        pb.redirectError(dir.resolve("stderr").toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readNBytes(SourceResult.MAX_CONFIG_BYTES);
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(tool + " did not finish within 10 s");
        }
        return new Run(p.exitValue(), out, Files.readString(dir.resolve("stderr")));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private SourceResult readWithRumpcfg() {
        return new XenstoreSource(5, daemon.endpoint(), Duration.ofSeconds(5), Optional.empty()).read();
    }

    private void writeWithRumpcfg(String config) {
        XenstoreWriter.Result r = new XenstoreWriter(daemon.endpoint(), Duration.ofSeconds(5)).write(5, utf8(config));
        assertThat(r.status()).isEqualTo(XenstoreWriter.Status.WRITTEN);
    }

    @Test
    void xenstoreWriteSendsOneWriteOutsideATransaction() throws Exception {
        Run r = run("xenstore-write", KEY, "{}");
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(daemon.received()).containsExactly(
                new Message(XenstoreWire.WRITE, 0, 0, XenstoreWire.writePayload(KEY, utf8("{}"))));
    }

    @Test
    void rumpcfgReadsWhatXenstoreWriteWrote() throws Exception {
        String config = "{\"rc\":[{\"bin\":\"httpd\",\"argv\":[\"httpd\",\"-f\"]}]}";
        assertThat(run("xenstore-write", KEY, config).exit()).isZero();
        assertThat(readWithRumpcfg().config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8(config)));
    }

    @Test
    void xenstoreReadReadsWhatRumpcfgWrote() throws Exception {
        String config = "{\"net\":{\"interfaces\":{\"xenif0\":{\"create\":true}}}}";
        writeWithRumpcfg(config);
        Run r = run("xenstore-read", KEY);
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(new String(r.stdout(), StandardCharsets.UTF_8)).isEqualTo(config + "\n");
        assertThat(daemon.received()).extracting(Message::type).containsExactly(XenstoreWire.WRITE, XenstoreWire.READ);
    }

    @Test
    void xenstoreWriteUnescapesJsonEscapesButRumpcfgKeepsThem() throws Exception {
        assertThat(run("xenstore-write", KEY, ESCAPED).exit()).isZero();
        // \" became " and \\ became \: the stored text is no longer the JSON that was given
        assertThat(daemon.get(KEY)).isEqualTo(utf8("{\"env\":{\"Q\":\"a\"b\\c\"}}"));

        writeWithRumpcfg(ESCAPED);
        assertThat(daemon.get(KEY)).isEqualTo(utf8(ESCAPED));
        assertThat(readWithRumpcfg().config()).hasValueSatisfying(c -> assertThat(c).isEqualTo(utf8(ESCAPED)));
    }

    @Test
    void xenstoreReadEscapesBackslashesUnlessRaw() throws Exception {
        writeWithRumpcfg(ESCAPED);
        assertThat(new String(run("xenstore-read", KEY).stdout(), StandardCharsets.UTF_8))
                .isEqualTo("{\"env\":{\"Q\":\"a\\\\\"b\\\\\\\\c\"}}\n");
        // raw mode prints the stored bytes as they are, without even a newline
        assertThat(run("xenstore-read", "-R", KEY).stdout()).isEqualTo(utf8(ESCAPED));
    }

    @Test
    void xenstoreWriteInRawModeKeepsEscapes() throws Exception {
        assertThat(run("xenstore-write", "-R", KEY, ESCAPED).exit()).isZero();
        assertThat(daemon.get(KEY)).isEqualTo(utf8(ESCAPED));
    }
}
