package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code rumpcfg launch} and {@code rumpcfg image} refusing what they cannot start, before anything starts. */
class LaunchCommandTest {
    @TempDir
    Path dir;

    String kernel;
    String disk;

    @BeforeEach
    void files() throws IOException {
        kernel = Files.write(dir.resolve("app.bin"), new byte[16]).toString();
        disk = Files.write(dir.resolve("disk.img"), new byte[512]).toString();
    }

    private String config(String json) throws IOException {
        return Files.writeString(dir.resolve("c.json"), json).toString();
    }

    @Test
    void aDiskGivenThatNothingUsesIsAnErrorNamingTheFlag() throws IOException {
        Cli.Run run = Cli.run("launch", "qemu", "--dry-run", "--kernel", kernel, "--disk", "ld0=" + disk,
                "--net", "vioif0=user", config("{\"net\": {\"interfaces\": {\"vioif0\": {}}}}"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(dir.resolve("c.json") + ": error: --disk \"ld0=" + disk
                + "\": the configuration uses no device \"ld0\"\n");
    }

    @Test
    void aDeviceNeededThatNoFlagGivesIsAnErrorAtTheElementNeedingIt() throws IOException {
        Cli.Run run = Cli.run("launch", "xen", "--dry-run", "--kernel", kernel,
                config("{\"blk\": {\"xbd0\": {\"type\": \"etfs\", \"path\": \"blkfront:xvdb\"}}}"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).isEqualTo(dir.resolve("c.json") + ":1:10: error: blk.xbd0: Xen disk xvdb is given by"
                + " no --disk: add --disk xvdb=FILE\n");
    }

    @Test
    void aXenstoreTimeoutGivenIsCarriedByTheXenWriteTheScriptRuns() throws IOException {
        Cli.Run given = Cli.run("launch", "xen", "--dry-run", "--xenstore-timeout", "30s", "--kernel", kernel,
                config("{}"));
        Cli.Run defaulted = Cli.run("launch", "xen", "--dry-run", "--kernel", kernel, config("{}"));

        assertThat(given.exitCode()).isZero();
        assertThat(given.out()).contains("rumpcfg xen-write --domid \"$domid\" --xenstore-timeout 30000ms \"$dir/");
        assertThat(defaulted.out()).contains("rumpcfg xen-write --domid \"$domid\" \"$dir/")
                .doesNotContain("--xenstore-timeout");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "xen --monitor /tmp/m.sock|--monitor goes with qemu",
        "xen --net xenif0=user|--net xenif0=user: 'user' is QEMU's user-mode network; give a bridge",
        "qemu --disk ld0|--disk takes NAME=FILE, not 'ld0'",
        "qemu --net vioif0=tap,0|--net vioif0=tap,0: HOSTDEV is a host network device's name (1 to 15 of A-Z a-z 0-9 . _ -)",
        "kvm|HYPERVISOR must be qemu, xen, solo5-hvt or solo5-spt, not 'kvm'",
        "qemu --format newer|--format must be current or older, not 'newer'",
        "qemu --memory 64k|Invalid value for option '--memory': '64k' is no size: give whole MiB as 64, 64M or 1G",
    })
    void aWrongCommandLineIsAUsageError(String args, String message) throws IOException {
        String[] words = (args + " --kernel " + kernel + " " + config("{}")).split(" ");
        String[] all = new String[words.length + 1];
        all[0] = "launch";
        System.arraycopy(words, 0, all, 1, words.length);
        Cli.Run run = Cli.run(all);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("rumpcfg launch: " + message);
    }

    @Test
    void aPathAnXlConfigurationCannotHoldIsAUsageError() throws IOException {
        String quoted = Files.write(dir.resolve("app\"1.bin"), new byte[16]).toString();
        Cli.Run run = Cli.run("launch", "xen", "--dry-run", "--kernel", quoted, config("{}"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("rumpcfg launch: --kernel " + quoted + ": an xl configuration cannot hold a path"
                + " with a quote, a backslash or a line break");
    }

    @Test
    void aMissingKernelOrDiskFileIsAnUnreadableInput() throws IOException {
        Cli.Run run = Cli.run("launch", "qemu", "--dry-run", "--kernel", dir.resolve("nope").toString(), config("{}"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(run.err()).isEqualTo("rumpcfg: --kernel " + dir.resolve("nope") + ": no such file\n");
    }

    @Test
    void anInvalidConfigurationStartsNothing() throws IOException {
        Cli.Run run = Cli.run("launch", "qemu", "--dry-run", "--kernel", kernel, config("{\"hostname\": 1}"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error: hostname:");
    }

    @Test
    void theOlderFormatHandedToTheGuestIsWhatConvertWrites() throws IOException {
        String file = config("{\"env\": {\"A\": \"it's\"}, \"rc\": [{\"bin\": \"app\", \"argv\": [\"app\", \"-v\"]}]}");
        Cli.Run run = Cli.run("launch", "qemu", "--dry-run", "--format", "older", "--bins", "app", "--kernel", kernel, file);
        Cli.Run convert = Cli.run("convert", "--to", "older", "--bins", "app", file);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(convert.exitCode()).isZero();
        assertThat(run.out()).contains("printf '%s' '" + convert.out().replace("'", "'\\''") + "' > \"$dir/rumprun.json\"\n");
    }

    @Test
    void whatTheOlderFormatCannotExpressIsAnError() throws IOException {
        Cli.Run run = Cli.run("launch", "solo5-hvt", "--dry-run", "--kernel", kernel,
                config("{\"net\": {\"dns\": {\"nameservers\": [\"192.0.2.1\"]}}}"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error: net.dns: cannot be written in the older format");
    }

    @Test
    void aConfigurationOverTheSolo5CommandLineIsRefused() throws IOException {
        Cli.Run run = Cli.run("launch", "solo5-spt", "--dry-run", "--format", "current", "--kernel", kernel,
                config(bigEnv()));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("error:").contains("8192");
    }

    /** Three kB strings: each under the reader's limit for one string, together over the Solo5 command line. */
    private static String bigEnv() {
        return "{\"env\": {\"A\": \"" + "x".repeat(3000) + "\", \"B\": \"" + "x".repeat(3000) + "\", \"C\": \""
                + "x".repeat(3000) + "\"}}";
    }

    @Test
    void imageTakesTheFormatsLaunchTakesAndRefusesAnyOtherAsLaunchDoes() throws IOException {
        Path out = dir.resolve("out.iso");
        Cli.Run older = Cli.run("image", "--dry-run", "--format", "legacy", "--bins", "app", "--kernel", kernel,
                "-o", out.toString(), config("{\"rc\": [{\"bin\": \"app\"}]}"));
        Cli.Run image = Cli.run("image", "--dry-run", "--format", "newer", "--kernel", kernel, "-o", out.toString(),
                config("{}"));
        Cli.Run launch = Cli.run("launch", "qemu", "--dry-run", "--format", "newer", "--kernel", kernel, config("{}"));

        assertThat(older.exitCode()).as(older.err()).isZero();
        assertThat(older.out()).contains("\"cmdline\"");
        assertThat(image.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(image.err()).startsWith("rumpcfg image: --format must be current or older, not 'newer'\n");
        assertThat(launch.err()).startsWith("rumpcfg launch: --format must be current or older, not 'newer'\n");
    }

    @Test
    void imageDryRunCopiesTheKernelAndWritesTheMenuAndTheModule() throws IOException {
        Path out = dir.resolve("out.iso");
        Cli.Run run = Cli.run("image", "--dry-run", "--kernel", kernel, "-o", out.toString(), config("{}"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("# rumpcfg image " + dir.resolve("c.json") + ": the commands it runs\n"
                + "set -e\n"
                + "dir=$(mktemp -d)\n"
                + "trap 'rm -rf \"$dir\"' EXIT\n"
                + "mkdir -p \"$dir/iso/boot/grub\"\n"
                + "printf '%s' 'set timeout=0\nset default=0\nmenuentry \"rumprun\" {\n\tmultiboot /boot/rumprun-kernel\n"
                + "\tmodule /boot/rumprun.json\n}\n' > \"$dir/iso/boot/grub/grub.cfg\"\n"
                + "mkdir -p \"$dir/iso/boot\"\n"
                + "cp " + kernel + " \"$dir/iso/boot/rumprun-kernel\"\n"
                + "mkdir -p \"$dir/iso/boot\"\n"
                + "printf '%s' '{}' > \"$dir/iso/boot/rumprun.json\"\n"
                + "grub-mkrescue -o " + out + " \"$dir/iso\"\n");
    }
}
