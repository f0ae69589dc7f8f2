package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.launch.HostTools;
import io.rumpcfg.launch.Qmp;
import io.rumpcfg.launch.TinyKernel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code launch --dry-run} of every example in docs/examples/ on every hypervisor. Where the
 * hypervisor can carry the example, QEMU's script is run as printed (the tiny kernel boots, and
 * the configuration it was handed plans as the example does), Xen's and Solo5's are checked
 * word by word; where it cannot, the launch is refused for the platform, not for a flag.
 */
class DocsLaunchTest {
    private static final Duration BOOT = Duration.ofSeconds(120);
    private static final List<String> HYPERVISORS = List.of("qemu", "xen", "solo5-hvt", "solo5-spt");

    /** The examples each hypervisor carries, with the flags that give their devices ({@code @DIR@}: the test's directory). */
    private static final Map<String, List<String>> CARRIED = new LinkedHashMap<>();

    static {
        CARRIED.put("hw-webserver.json qemu", List.of("--disk", "ld0=@DIR@/etc.img", "--disk", "ld1=@DIR@/data.img",
                "--net", "vioif0=user"));
        CARRIED.put("image-in-image.json qemu", List.of("--disk", "ld0=@DIR@/rootfs.img"));
        CARRIED.put("nfs-and-pipeline.json qemu", List.of("--net", "vioif0=user"));
        CARRIED.put("xen-netback.json xen", List.of("--disk", "xvda=@DIR@/srv.img", "--net", "xenif0=xenbr0"));
        CARRIED.put("solo5-two-disks.json solo5-hvt", List.of("--bins", "nginx", "--disk", "rootfs=@DIR@/rootfs.img",
                "--disk", "data=@DIR@/data.img", "--net", "ukvmif0=tap0"));
        CARRIED.put("solo5-two-disks.json solo5-spt", CARRIED.get("solo5-two-disks.json solo5-hvt"));
    }

    private static final String XEN_NETBACK = """
            # rumpcfg launch xen @EXAMPLES@/xen-netback.json: the commands it runs
            set -e
            dir=$(mktemp -d)
            trap 'rm -rf "$dir"' EXIT
            printf '%s' '@DOCUMENT@' > "$dir/rumprun.json"
            printf '%s' 'name = "rumprun-tiny.elf"
            kernel = "@DIR@/tiny.elf"
            memory = 64
            vcpus = 1
            on_poweroff = "destroy"
            on_reboot = "destroy"
            on_crash = "destroy"
            vif = [ '\\''bridge=xenbr0'\\'' ]
            disk = [ '\\''format=raw, vdev=xvda, access=rw, target=@DIR@/srv.img'\\'' ]
            ' > "$dir/domain.cfg"
            xl create -p "$dir/domain.cfg"
            domid=$(xl domid rumprun-tiny.elf)
            rumpcfg xen-write --domid "$domid" "$dir/rumprun.json" || { xl destroy "$domid"; exit 1; }
            xl unpause "$domid"
            xl console "$domid"
            """;

    private static final String SOLO5_TWO_DISKS = """
            # rumpcfg launch @TENDER@ @EXAMPLES@/solo5-two-disks.json: the commands it runs
            set -e
            dir=$(mktemp -d)
            trap 'rm -rf "$dir"' EXIT
            @TENDER@ --mem=64 --block:rootfs=@DIR@/rootfs.img --block:data=@DIR@/data.img --net:tap=tap0 \
            @DIR@/tiny.elf '{"cmdline":"nginx -g '\\''daemon off;'\\''","net":{"if":"ukvmif0","cloner":"true",\
            "type":"inet","method":"static","addr":"10.4.0.2","mask":"24","gw":"10.4.0.1"},"blk":{"source":"etfs",\
            "path":"/dev/rootfs","fstype":"blk","mountpoint":"/"},"blk":{"source":"etfs","path":"/dev/data",\
            "fstype":"blk","mountpoint":"/data"},"cwd":"/data"}'
            """;

    @TempDir
    Path dir;

    @Test
    void everyExampleIsLaunchedWhereItCanBeAndRefusedForItsPlatformElsewhere() throws Exception {
        Path kernel = kernel();
        Path examples = Path.of("docs/examples");
        TreeSet<String> names;
        try (Stream<Path> files = Files.list(examples)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(CARRIED.keySet().stream().map(k -> k.split(" ")[0])).allMatch(names::contains);
        int launched = 0;
        for (String name : names) {
            for (String hv : HYPERVISORS) {
                Path example = examples.resolve(name);
                List<String> flags = CARRIED.get(name + " " + hv);
                Cli.Run run = dryRun(hv, kernel, example, flags == null ? List.of() : flags);
                if (flags == null) {
                    assertThat(run.exitCode()).as(name + " on " + hv + ": " + run.out()).isEqualTo(ExitCode.INVALID);
                    assertThat(run.err()).as(name + " on " + hv)
                            .containsAnyOf("guest does not have", "cannot be written in the older format")
                            .doesNotContain("is given by no");
                    continue;
                }
                assertThat(run.exitCode()).as(name + " on " + hv + ": " + run.err()).isZero();
                launched++;
                if (hv.equals("qemu")) {
                    bootsAsPrinted(run.out(), example);
                } else if (hv.equals("xen")) {
                    assertThat(run.out()).isEqualTo(XEN_NETBACK.replace("@EXAMPLES@", examples.toString())
                            .replace("@DIR@", dir.toString())
                            .replace("@DOCUMENT@", Files.readString(example).replace("'", "'\\''")));
                } else {
                    assertThat(run.out()).isEqualTo(SOLO5_TWO_DISKS.replace("@EXAMPLES@", examples.toString())
                            .replace("@DIR@", dir.toString()).replace("@TENDER@", hv));
                }
            }
        }
        assertThat(launched).isEqualTo(CARRIED.size());
    }

    private Path kernel() throws Exception {
        HostTools.require("qemu-system-x86_64", "qemu-system-x86");
        for (String disk : List.of("etc", "data", "rootfs", "srv")) {
            Files.write(dir.resolve(disk + ".img"), new byte[4096]);
        }
        return TinyKernel.build(dir);
    }

    private Cli.Run dryRun(String hv, Path kernel, Path example, List<String> flags) {
        List<String> args = new ArrayList<>(List.of("launch", hv, "--dry-run", "--kernel", kernel.toString()));
        for (String flag : flags) {
            args.add(flag.replace("@DIR@", dir.toString()));
        }
        if (hv.equals("qemu")) {
            args.addAll(List.of("--monitor", dir.resolve("qmp.sock").toString()));
        }
        args.add(example.toString());
        return Cli.run(args.toArray(new String[0]));
    }

    /** Runs QEMU's script with sh, dumps the booted guest's memory and plans what it was handed. */
    private void bootsAsPrinted(String script, Path example) throws Exception {
        Path file = Files.writeString(dir.resolve("launch.sh"), script);
        Files.deleteIfExists(dir.resolve("qmp.sock"));
        Process sh = new ProcessBuilder("sh", file.toString())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("sh.log").toFile()).start();
        Path dump = dir.resolve("memory.dump");
        long info;
        try (Qmp qmp = Qmp.connect(dir.resolve("qmp.sock"), BOOT)) {
            info = qmp.awaitBoot(dir.resolve("probe"), BOOT);
            qmp.dump(0, 16L << 20, dump);
            qmp.quit();
        } finally {
            if (!sh.waitFor(30, TimeUnit.SECONDS)) {
                sh.descendants().forEach(ProcessHandle::destroyForcibly);
                sh.destroyForcibly();
            }
        }
        assertThat(sh.exitValue()).as(log()).isZero();
        Cli.Run guest = Cli.run("plan", "--source", "multiboot:" + dump + "@0x" + Long.toHexString(info));
        Cli.Run original = Cli.run("plan", example.toString());
        assertThat(guest.exitCode()).as(guest.err()).isZero();
        assertThat(guest.out()).isNotBlank().isEqualTo(original.out());
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("sh.log"));
    }
}
