package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rumpcfg.source.xen.StalledXenstored;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    /** The planner's warning on line 3 before the reader's on line 5, though the reader ran first. */
    @Test
    void diagnosticsArePrintedInDocumentOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("order.json"), "{\n"
                + "  \"net\": {\"interfaces\": {\"vioif0\": {\"addrs\": [{\"type\": \"inet\", \"method\": \"static\","
                + " \"addr\": \"10.0.0.2/24\"}]}},\n"
                + "    \"gateways\": [{\"type\": \"inet\", \"addr\": \"192.168.1.1\"}]},\n"
                + "  \"rc\": [{\"argv\": [\"app\"], \"bin\": \"app\"}],\n"
                + "  \"hostnmae\": \"web1\"\n"
                + "}\n");

        Cli.Run run = Cli.run("validate", file.toString());

        assertThat(run.err().lines().map(l -> l.substring(0, l.indexOf(": warning")))).containsExactly(
                file + ":3:18", file + ":5:3");
    }

    /** What the operator of issue 21 saw in Jackson's words, now in ours: a comment, and a document that ends early. */
    @Test
    void jsonSyntaxErrorsAreToldInOurWords() throws IOException {
        Path comment = Files.writeString(dir.resolve("comment.json"), "{\n  // the web server\n  \"hostname\": \"web1\"\n}\n");
        Path ended = Files.writeString(dir.resolve("ended.json"), "{\n  \"hostname\": \"a\",\n  \"net\": {\n");

        Cli.Run run = Cli.run("validate", comment.toString(), ended.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                comment + ":2:3: error: comments are not allowed in JSON: remove the \"//\" comment",
                ended + ":4:1: error: net: the document ends inside the object opened at 3:10 (missing \"}}\")");
    }

    @Test
    void missingFileIsUnreadable() {
        Cli.Run run = Cli.run("validate", dir.resolve("nope.json").toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("nope.json: no such file");
    }

    @Test
    void directoryIsUnreadable() {
        Cli.Run run = Cli.run("validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("error: cannot read").contains("Is a directory");
    }

    @Test
    void aXenstoreSourceWhoseDaemonNeverAcceptsIsUnreadableAfterTheXenstoreTimeout() throws IOException {
        try (StalledXenstored stalled = StalledXenstored.start(dir.resolve("stalled.sock"))) {
            for (String command : new String[] {"validate", "plan", "convert"}) {
                Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run(command,
                        "--source", "xenstore:7@" + stalled.socket(), "--xenstore-timeout", "200ms"));

                assertThat(run.exitCode()).as(command).isEqualTo(4);
                assertThat(run.err()).as(command).contains("cannot connect to xenstore at " + stalled.socket()
                        + ": no connection within 200 ms");
            }
        }
    }

    @Test
    void aCommandLineFileReachesTheParserAsBytes() throws IOException {
        // cmdline:TEXT cannot carry the byte 0xFF: the JVM decodes argv, making it U+FFFD.
        byte[] text = "app.bin {\"hostname\": \"a?\"}\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        text[text.length - 4] = (byte) 0xff;
        Path file = Files.write(dir.resolve("cmdline"), text);

        Cli.Run run = Cli.run("validate", "--source", "cmdline-file:" + file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(file + ":1:16: error: invalid UTF-8: byte 0xFF");
    }

    @Test
    void noFileIsAUsageError() {
        Cli.Run run = Cli.run("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Run run = Cli.run("validate", "--stritc", "x.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--stritc");
    }

    @Test
    void validFileExitsZeroAndPrintsNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.json"), "{\"hostname\": \"web1\"}");

        Cli.Run run = Cli.run("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void invalidFileExitsOneWithAPositionedDiagnostic() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\n  \"hostname\": 5\n}\n");

        Cli.Run run = Cli.run("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(file + ":2:15: error: hostname: ");
    }

    @Test
    void stdinIsReadForDash() {
        Cli.Run run = Cli.runWithStdin("[1]", "validate", "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("<stdin>:1:1: error: ");
    }

    @Test
    void worstResultOfSeveralFilesWins() throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.json"), "{}");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"hostname\": 5}");

        Cli.Run run = Cli.run("validate", ok.toString(), bad.toString(), dir.resolve("missing.json").toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("bad.json:1:14: error: hostname: ").contains("missing.json: no such file");
    }

    @Test
    void aSourceThatHoldsNoConfigurationIsAnErrorWhereOneWasExpected() throws IOException {
        Path zeros = Files.write(dir.resolve("zero.img"), new byte[64]);
        String memory = "multiboot:" + zeros + "@0";
        String kernel = Files.write(dir.resolve("kernel"), new byte[16]).toString();

        for (String[] args : new String[][] {{"validate", "--source", "cmdline:"},
                {"validate", "--source", memory}, {"convert", "--source", "cmdline:app.bin -v"},
                {"xen-write", "--domid", "7", "--xenstore-socket", dir.resolve("none").toString(), "--source", "cmdline:"},
                {"launch", "qemu", "--dry-run", "--kernel", kernel, "--source", "cmdline:"},
                {"image", "--dry-run", "--kernel", kernel, "-o", dir.resolve("out.iso").toString(), "--source", "cmdline:"}}) {
            Cli.Run run = Cli.run(args);

            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.INVALID);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).as(String.join(" ", args)).contains(" warning: ").contains("holds no \"{\"")
                    .contains(" error: no configuration here, where one was expected: is this the source meant?"
                            + " (plan and run show what the guest does without one)");
        }
    }

    @Test
    void planAndRunShowWhatTheGuestDoesWithASourceThatHoldsNoConfiguration() {
        for (String command : new String[] {"plan", "run"}) {
            Cli.Run run = Cli.run(command, "--bins", "app", "--source", "cmdline:");

            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.err()).as(command).contains("cmdline: warning: the command line holds no \"{\"")
                    .doesNotContain("error");
            assertThat(run.out()).as(command).contains("rumprun");
        }
    }

    @Test
    void strictTurnsARootWarningIntoAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("w.json"), "{\"hostnmae\": \"x\"}");

        assertThat(Cli.run("validate", file.toString()).exitCode()).isZero();
        Cli.Run strict = Cli.run("validate", "--strict", file.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).contains("error: hostnmae: ").contains("did you mean \"hostname\"");
    }

    @Test
    void strictFailsOnUnknownKeysOnlyAndDenyWarningsOnAnyWarning() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.json"), "{\"mounts\": {}, \"rc\": [{\"bin\": \"app\"}]}");
        Path star = Files.writeString(dir.resolve("star.json"), "{\"rc\": [{\"bin\": \"*\"}]}");
        Path clean = Files.writeString(dir.resolve("clean.json"), "{\"rc\": [{\"bin\": \"app\"}]}");

        assertThat(Cli.run("validate", "--strict", typo.toString()).exitCode()).isEqualTo(ExitCode.INVALID);
        Cli.Run strictStar = Cli.run("validate", "--strict", star.toString());
        assertThat(strictStar.exitCode()).isZero();
        assertThat(strictStar.err()).contains("warning: rc[0].bin: \"*\" as bin is deprecated");
        Cli.Run deniedStar = Cli.run("validate", "--deny-warnings", star.toString());
        assertThat(deniedStar.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(deniedStar.err()).contains("error: rc[0].bin: \"*\" as bin is deprecated");
        assertThat(Cli.run("validate", "--deny-warnings", typo.toString()).exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(Cli.run("validate", "--strict", "--deny-warnings", clean.toString()).exitCode()).isZero();
    }

    @Test
    void targetXenWarnsOverTheQuotaAndRejectsOverThePayload() throws IOException {
        Path quota = Files.writeString(dir.resolve("q.json"), "{\"env\": {\"A\": \"" + "x".repeat(2100) + "\"}}");
        Path payload = Files.writeString(dir.resolve("p.json"),
                "{\"env\": {\"A\": \"" + "x".repeat(2100) + "\", \"B\": \"" + "x".repeat(2100) + "\"}}");

        Cli.Run warned = Cli.run("validate", "--target", "xen", quota.toString());
        Cli.Run rejected = Cli.run("validate", "--target", "XEN", payload.toString());

        assertThat(warned.exitCode()).isZero();
        assertThat(warned.err()).contains("warning:").contains("2048");
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.err()).contains("error:").contains("4096");
    }

    @Test
    void targetHwWarnsOverTheBootBuffer() throws IOException {
        Path big = Files.writeString(dir.resolve("b.json"),
                "{\"env\": {\"A\": \"" + "x".repeat(2100) + "\", \"B\": \"" + "x".repeat(2100) + "\"}}");
        Path small = Files.writeString(dir.resolve("s.json"), "{}");

        assertThat(Cli.run("validate", "--target", "hw", big.toString()).err()).contains("warning:").contains("4095");
        assertThat(Cli.run("validate", "--target", "hw", small.toString()).err()).isEmpty();
        assertThat(Cli.run("validate", "--strict", "--target", "hw", big.toString()).exitCode()).isZero();
        assertThat(Cli.run("validate", "--deny-warnings", "--target", "hw", big.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void targetSolo5RejectsAConfigurationWhoseNulDoesNotFitTheCommandLine() throws IOException {
        // Values under the string limit; 8191 bytes and the NUL fill the 8192-byte buffer exactly.
        String head = "{\"env\": {\"A\": \"" + "x".repeat(4000) + "\", \"B\": \"" + "x".repeat(4000) + "\", \"C\": \"";
        String tail = "\"}}";
        Path fits = Files.writeString(dir.resolve("fits.json"), head + "x".repeat(8191 - head.length() - tail.length()) + tail);
        Path over = Files.writeString(dir.resolve("over.json"), head + "x".repeat(8192 - head.length() - tail.length()) + tail);

        Cli.Run ok = Cli.run("validate", "--target", "solo5", fits.toString());
        Cli.Run rejected = Cli.run("validate", "--target", "solo5", over.toString());

        assertThat(ok.exitCode()).isZero();
        assertThat(ok.err()).isEmpty();
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.err()).contains("error: the Solo5 command line (the configuration and its NUL) is 8193 bytes,"
                + " over the limit of 8192 bytes");
    }

    @Test
    void sourceOptionReadsACommandLine() {
        Cli.Run run = Cli.run("validate", "--source", "cmdline:console=com0 {\"hostname\": 7}");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: hostname:");
    }

    @Test
    void fileAndSourceTogetherIsAUsageError() {
        assertThat(Cli.run("validate", "--source", "cmdline:{}", "x.json").exitCode()).isEqualTo(2);
    }

    @Test
    void badSpecIsAUsageError() {
        Cli.Run run = Cli.run("validate", "--source", "multiboot:img");

        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void binsAreTrimmedOfBlanksAroundTheirNames() throws IOException {
        Path file = Files.writeString(dir.resolve("two.json"), "{\"rc\": [{\"bin\": \"app\"}, {\"bin\": \"tool\"}]}");

        Cli.Run run = Cli.run("validate", "--bins", "app, tool", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anEmptyNameInBinsIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("one.json"), "{\"rc\": [{\"bin\": \"app\"}]}");

        Cli.Run run = Cli.run("validate", "--bins", "app,,tool", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("an empty name in --bins");
    }
}
