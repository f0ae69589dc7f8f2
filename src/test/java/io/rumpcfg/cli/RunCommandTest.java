package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunCommandTest {
    @TempDir
    Path dir;

    @Test
    void fakeRunPrintsEachStepThenTheState() {
        Cli.Run run = Cli.run("run", "--bins", "httpd", "docs/examples/hw-webserver.json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("assuming present: /dev/ld0a, /dev/ld1a (ffs; --device to choose)\n"
                        + "applied env:TZ\napplied env:HOME\napplied hostname\napplied mount:/etc\n")
                .contains("applied rc:0\n")
                .contains("  /dev/ld1a on /data type ffs\n")
                .contains("  /etc/resolv.conf (41 bytes)\n    | nameserver 10.0.120.1\n    | search example.net\n")
                .contains("#0 httpd argv=[\"httpd\", \"-f\", \"/data/httpd.conf\"] workdir=/ exit=0");
    }

    @Test
    void aPipelinePassesDataThroughEveryStage() {
        Cli.Run run = Cli.run("run", "--bins", "producer,filter,consumer", "docs/examples/nfs-and-pipeline.json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // The echo binary prints its argv, then copies its stdin: the last stage shows all three.
        assertThat(run.out()).contains("    | consumer\n    | filter\n    | producer /home/in\n");
    }

    @Test
    void injectedFaultStopsTheRunWithExitThree() {
        Cli.Run run = Cli.run("run", "--bins", "reader", "--fail", "blk:vnd0=EIO", "docs/examples/image-in-image.json");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("applied mount:/rootfs\n"
                + "FAILED blk:vnd0 (blk.vnd0, line 3): EIO: injected fault for step blk:vnd0 (at vndConfigure)\n"
                + "not run mount:/data\nnot run rc:0\n");
    }

    @Test
    void aDeviceNotDeclaredCannotBeMounted() {
        Cli.Run run = Cli.run("run", "--bins", "reader", "--device", "/dev/sd0a", "docs/examples/image-in-image.json");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("FAILED mount:/rootfs").contains("ENXIO");
    }

    @Test
    void invalidConfigAppliesNothingAndExitsOne() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"),
                "{\"env\": {\"A\": \"1\"}, \"mount\": {\"/x\": {\"source\": \"tmpfs\", \"options\": {\"size\": \"0\"}}}}");

        Cli.Run run = Cli.run("run", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error: mount[\"/x\"].options.size");
    }

    @Test
    void failingForegroundProgramIsExitThree() throws IOException {
        Path file = Files.writeString(dir.resolve("rc.json"), "{\"rc\": [{\"bin\": \"false\"}, {\"bin\": \"true\"}]}");
        Cli.Run run = Cli.run("run", "--platform", "process", "--root", dir.toString(),
                "--bin-path", "false=/bin/false", "--bin-path", "true=/bin/true", file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("FAILED rc:0").contains("not run rc:1");
    }

    @Test
    void processPlatformNamesTheBinPathEachProgramNeedsBeforeApplyingAnything() throws IOException {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path file = Files.writeString(dir.resolve("rc.json"), "{\"mount\": {\"/tmp\": {\"source\": \"tmpfs\"}},"
                + " \"rc\": [{\"bin\": \"producer\", \"runmode\": \"|\"}, {\"bin\": \"consumer\"}]}");

        Cli.Run none = Cli.run("run", "--platform", "process", "--root", root.toString(), file.toString());
        Cli.Run one = Cli.run("run", "--platform", "process", "--root", root.toString(),
                "--bins", "producer,consumer", "--bin-path", "producer=/bin/cat", file.toString());
        Cli.Run first = Cli.run("run", "--platform", "process", "--root", root.toString(), Files.writeString(dir.resolve("star.json"), "{\"rc\": [{\"bin\": \"*\"}]}").toString());

        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).startsWith("rumpcfg run: --platform process runs each program from a host executable; "
                + "give --bin-path producer=PATH --bin-path consumer=PATH\n");
        assertThat(one.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(one.err()).contains("give --bin-path consumer=PATH\n");
        assertThat(first.err()).contains("give --bin-path NAME=PATH\n");
        assertThat(none.out() + one.out() + first.out()).isEmpty();
        assertThat(root).isEmptyDirectory();
    }

    @Test
    void secretsAreRedactedInTheStateUnlessRevealed() throws IOException {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"env\": {\"API_TOKEN\": \"t0ps3cret\"}, \"rc\": []}");

        assertThat(Cli.run("run", file.toString()).out()).contains("API_TOKEN=<redacted>").doesNotContain("t0ps3cret");
        assertThat(Cli.run("run", "--reveal", file.toString()).out()).contains("API_TOKEN=t0ps3cret");
    }

    @Test
    void processPlatformRunsARealPipelineUnderTheRoot() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), "{\"rc\": ["
                + "{\"bin\": \"printf\", \"argv\": [\"printf\", \"b\\\\na\\\\n\"], \"runmode\": \"|\"},"
                + "{\"bin\": \"sort\", \"runmode\": \"|\"}, {\"bin\": \"wc\", \"argv\": [\"wc\", \"-l\"]}],"
                + "\"net\": {\"dns\": {\"nameservers\": [\"192.0.2.1\"]}}}");
        Path root = Files.createDirectory(dir.resolve("root"));

        Cli.Run run = Cli.run("run", "--platform", "process", "--root", root.toString(),
                "--bin-path", "printf=/usr/bin/printf", "--bin-path", "sort=/usr/bin/sort",
                "--bin-path", "wc=/usr/bin/wc", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(root.resolve("etc/resolv.conf"))).isEqualTo("nameserver 192.0.2.1\n");
        assertThat(run.out()).containsPattern("\\| +2\n");
    }

    @Test
    void aRootfsConfigThatCannotBeReadLeavesNoRootfsDirectoryBehind() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));

        Cli.Run run = Cli.run("run", "--platform", "process", "--root", root.toString(),
                "--source", "cmdline:_RUMPRUN_ROOTFSCFG=/missing.json");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("cannot read /rootfs/missing.json");
        assertThat(root.resolve("rootfs")).doesNotExist();
    }

    @Test
    void anInvalidRootfsConfigLeavesNoRootfsDirectoryBehind() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        // The process platform's /rootfs is an empty directory the read creates; the config sits
        // beside it, reached with .., which the sandbox allows while it stays inside the root.
        Path seed = Files.createDirectory(root.resolve("seed"));
        Files.writeString(seed.resolve("bad.json"), "{\"hostname\": 1}");

        Cli.Run run = Cli.run("run", "--platform", "process", "--root", root.toString(),
                "--source", "cmdline:_RUMPRUN_ROOTFSCFG=/../seed/bad.json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: hostname");
        assertThat(root.resolve("rootfs")).doesNotExist();
    }

    @Test
    void aRootfsDirectoryThatWasThereIsLeftAsItWas() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        Files.createDirectory(root.resolve("rootfs"));

        Cli.Run run = Cli.run("run", "--platform", "process", "--root", root.toString(),
                "--source", "cmdline:_RUMPRUN_ROOTFSCFG=/missing.json");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(root.resolve("rootfs")).isDirectory();
    }

    @Test
    void aRootfsConfigThatIsAppliedKeepsItsRootfsDirectory() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        Path seed = Files.createDirectory(root.resolve("seed"));
        Files.writeString(seed.resolve("ok.json"), "{\"rc\": []}");

        Cli.Run run = Cli.run("run", "--platform", "process", "--root", root.toString(),
                "--source", "cmdline:_RUMPRUN_ROOTFSCFG=/../seed/ok.json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(root.resolve("rootfs")).isDirectory();
    }

    @Test
    void platformOptionsMustMatchThePlatform() {
        assertThat(Cli.run("run", "--root", dir.toString(), "x.json").exitCode()).isEqualTo(2);
        assertThat(Cli.run("run", "--platform", "process", "x.json").exitCode()).isEqualTo(2);
        assertThat(Cli.run("run", "--fail", "nonsense", "x.json").exitCode()).isEqualTo(2);
    }

    @Test
    void aFaultForAStepThePlanLacksIsAUsageError() {
        Cli.Run run = Cli.run("run", "--bins", "reader", "--fail", "mount:/date=EIO", "docs/examples/image-in-image.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the plan has no step mount:/date").contains("mount:/data");
        assertThat(run.out()).doesNotContain("applied");
    }

    @Test
    void starRunsTheFirstBakedBinaryWithItsRealName() throws IOException {
        Path file = Files.writeString(dir.resolve("star.json"), "{\"rc\": [{\"bin\": \"*\"}]}");

        assertThat(Cli.run("run", "--bins", "first,second", file.toString()).out())
                .contains("#0 first argv=[\"first\"] workdir=/ exit=0");
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void aFailedBootStopsTheHostProcessesStillRunning() throws IOException {
        Path file = Files.writeString(dir.resolve("bg.json"),
                "{\"rc\": [{\"bin\": \"sleep\", \"argv\": [\"sleep\", \"60\"], \"runmode\": \"&\"}, {\"bin\": \"false\"}]}");
        Path root = Files.createDirectory(dir.resolve("root"));

        Cli.Run run = Cli.run("run", "--platform", "process", "--root", root.toString(),
                "--bin-path", "sleep=/bin/sleep", "--bin-path", "false=/bin/false", file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("FAILED rc:1").contains("#0 sleep (/bin/sleep) argv=[sleep, 60] workdir=/ exit=137");
    }

    @Test
    void theProcessPlatformRefusesLoaderVariablesBeforeApplyingAnything() throws IOException {
        Path file = Files.writeString(dir.resolve("ld.json"), "{\"env\": {\"LANG\": \"C\",\n"
                + "\"LD_PRELOAD\": \"/nonexistent/evil.so\", \"GCONV_PATH\": \"/tmp\"},"
                + "\"rc\": [{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \": > ran\"]}]}");
        Path root = Files.createDirectory(dir.resolve("root"));

        Cli.Run run = Cli.run("run", "--platform", "process", "--root", root.toString(), "--bin-path", "sh=/bin/sh", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file + ":2:1: error: env.LD_PRELOAD: the process platform refuses LD_PRELOAD:")
                .contains("--allow-env LD_PRELOAD")
                .contains("error: env.GCONV_PATH: the process platform refuses GCONV_PATH:")
                .doesNotContain("LANG");
        assertThat(root.resolve("ran")).doesNotExist();
    }

    @Test
    void allowEnvLetsANamedLoaderVariableThrough() throws IOException {
        Path file = Files.writeString(dir.resolve("ld.json"),
                "{\"env\": {\"LD_BIND_NOW\": \"1\"}, \"rc\": [{\"bin\": \"env\"}]}");
        Path root = Files.createDirectory(dir.resolve("root"));

        Cli.Run run = Cli.run("run", "--platform", "process", "--root", root.toString(), "--bin-path", "env=/usr/bin/env",
                "--allow-env", "LD_BIND_NOW", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("    | LD_BIND_NOW=1\n");
        assertThat(Cli.run("run", "--allow-env", "LD_BIND_NOW", file.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void timeoutStopsTheRunKillsItsProgramsAndPrintsThePartialReport() throws Exception {
        Path file = Files.writeString(dir.resolve("hang.json"), "{\"rc\": ["
                + "{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \"echo $$ > bg.pid; exec sleep 60\"], \"runmode\": \"&\"},"
                + "{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \"echo $$ > fg.pid; exec sleep 60\"]},"
                + "{\"bin\": \"sh\", \"argv\": [\"sh\", \"-c\", \": > third\"]}]}");
        Path root = Files.createDirectory(dir.resolve("root"));

        long start = System.nanoTime();
        Cli.Run run = Cli.run("run", "--platform", "process", "--root", root.toString(), "--bin-path", "sh=/bin/sh",
                "--timeout", "3s", file.toString());

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(30));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
        assertThat(run.out()).startsWith("applied rc:0\n"
                + "FAILED rc:1 (rc[1], line 1): EINTR: stopped: --timeout 3s passed; sh was killed\n"
                + "not run rc:2\n");
        assertThat(run.out()).contains("#0 sh (/bin/sh) argv=[sh, -c, echo $$ > bg.pid; exec sleep 60] workdir=/ exit=137");
        assertThat(run.err()).isEqualTo("rumpcfg: stopped: --timeout 3s passed; every program it started was killed\n");
        assertThat(root.resolve("third")).doesNotExist();
        for (String pidFile : List.of("bg.pid", "fg.pid")) {
            long pid = Long.parseLong(Files.readString(root.resolve(pidFile)).trim());
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as(pidFile).isEmpty();
        }
    }

    @Test
    void aTimeoutMustBeAPositiveDuration() {
        for (String bad : List.of("0", "-1s", "1.5s", "10 s", "1d", "PT1S")) {
            Cli.Run run = Cli.run("run", "--timeout", bad, "x.json");
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err()).as(bad).contains("--timeout");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hw-webserver", "image-in-image", "nfs-and-pipeline",
            "xen-netback"})
    void everyDocsExampleRunsAsWrittenOnTheFakePlatform(String example) {
        Cli.Run run = Cli.run("run", "docs/examples/" + example + ".json");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("baking in what the rc entries name: ").contains("applied rc:0")
                .doesNotContain("FAILED");
    }
}
