package io.rumpcfg.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots for real, under QEMU without KVM: a tiny multiboot kernel launched by
 * {@code rumpcfg launch qemu}, and booted by GRUB from an ISO made by {@code rumpcfg image}.
 * Guest memory is dumped through QEMU's QMP monitor and the configuration read back with
 * {@code --source multiboot:DUMP@ADDR}: its plan is the original's. QEMU gets no network that
 * reaches past this machine (QEMU's user mode, restricted). Skipped where QEMU, binutils or
 * GRUB are missing, except in CI, which installs them.
 */
class QemuBootTest {
    /** Enough guest memory to hold every place GRUB and QEMU put boot information and modules. */
    static final long DUMP_BYTES = 64L << 20;
    static final Duration BOOT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    Path kernel;

    @BeforeEach
    void buildKernel() throws Exception {
        HostTools.require("qemu-system-x86_64", "qemu-system-x86");
        kernel = TinyKernel.build(dir);
    }

    @Test
    void launchQemuHandsTheGuestTheConfigurationAsItsFirstModule() throws Exception {
        Path config = Path.of("docs/examples/hw-webserver.json").toAbsolutePath();
        Path etc = Files.write(dir.resolve("etc.img"), new byte[4096]);
        Path data = Files.write(dir.resolve("data.img"), new byte[4096]);
        Path monitor = dir.resolve("qmp.sock");
        RumpcfgJvm.Started launch = RumpcfgJvm.start(dir, "launch", Map.of(), List.of("launch", "qemu",
                "--kernel", kernel.toString(), "--disk", "ld0=" + etc, "--disk", "ld1=" + data,
                "--net", "vioif0=user", "--monitor", monitor.toString(), config.toString()));
        Path dump = dir.resolve("memory.dump");
        long info;
        try (Qmp qmp = Qmp.connect(monitor, BOOT)) {
            info = qmp.awaitBoot(dir.resolve("probe"), BOOT);
            qmp.dump(0, DUMP_BYTES, dump);
            qmp.quit();
        } finally {
            finish(launch);
        }
        assertThat(launch.process().exitValue()).as(launch.stderr()).isZero();
        assertPlansAlike(dump, info, config);
    }

    @Test
    void anIsoFromRumpcfgImageBootsWithTheConfigurationAsItsFirstModule() throws Exception {
        HostTools.require("grub-mkrescue", "grub-common");
        HostTools.require("xorriso", "xorriso");
        HostTools.requireDirectory(IsoImage.GRUB_PC_MODULES, "grub-pc-bin");
        Path config = Path.of("docs/examples/image-in-image.json").toAbsolutePath();
        Path iso = dir.resolve("guest.iso");
        RumpcfgJvm.Started image = RumpcfgJvm.start(dir, "image", Map.of(), List.of("image", "--kernel",
                kernel.toString(), "-o", iso.toString(), config.toString()));
        finish(image);
        assertThat(image.process().exitValue()).as(image.stderr()).isZero();

        Path monitor = dir.resolve("qmp.sock");
        Process qemu = new ProcessBuilder("qemu-system-x86_64", "-machine", "pc", "-accel", "tcg", "-m", "64M",
                "-nodefaults", "-no-user-config", "-display", "none", "-serial", "none", "-cdrom", iso.toString(),
                "-boot", "d", "-qmp", "unix:" + monitor + ",server=on,wait=off")
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("qemu.log").toFile()).start();
        Path dump = dir.resolve("memory.dump");
        long info;
        try (Qmp qmp = Qmp.connect(monitor, BOOT)) {
            info = qmp.awaitBoot(dir.resolve("probe"), BOOT);
            qmp.dump(0, DUMP_BYTES, dump);
            qmp.quit();
        } finally {
            if (!qemu.waitFor(30, TimeUnit.SECONDS)) {
                qemu.destroyForcibly();
            }
        }
        assertThat(qemu.exitValue()).as(Files.readString(dir.resolve("qemu.log"))).isZero();
        assertPlansAlike(dump, info, config);
    }

    /** {@code rumpcfg plan} of what the guest was handed prints what it prints for the original. */
    private void assertPlansAlike(Path dump, long info, Path original) throws Exception {
        String fromGuest = plan("guest", "--source", "multiboot:" + dump + "@0x" + Long.toHexString(info));
        String fromFile = plan("file", original.toString());
        assertThat(fromGuest).isNotBlank().isEqualTo(fromFile);
    }

    private String plan(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("plan"));
        command.addAll(List.of(args));
        RumpcfgJvm.Started plan = RumpcfgJvm.start(dir, "plan-" + name, Map.of(), command);
        finish(plan);
        assertThat(plan.process().exitValue()).as(plan.stderr()).isZero();
        return plan.stdout();
    }

    private static void finish(RumpcfgJvm.Started started) throws InterruptedException, IOException {
        if (!started.process().waitFor(BOOT.toSeconds(), TimeUnit.SECONDS)) {
            started.process().descendants().forEach(ProcessHandle::destroyForcibly);
            started.process().destroyForcibly();
            throw new AssertionError("rumpcfg did not finish: " + started.stderr());
        }
    }
}
