package io.rumpcfg.linux;

import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.Program;
import io.rumpcfg.process.HostProcess;
import io.rumpcfg.process.HostProgram;
import io.rumpcfg.testing.ConformanceKit;
import io.rumpcfg.testing.ConformanceVector;
import io.rumpcfg.testing.MountEntry;
import io.rumpcfg.testing.NetInterfaceState;
import io.rumpcfg.testing.PlatformState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance vectors on the real kernel. The vectors whose state rests on what only the
 * in-memory platform can promise are left out, each for the reason {@link #whyNot} gives
 * (docs/conformance.md lists them): devices that hold ffs or that do not exist, a DHCP or NFS
 * server that answers at once, a sysctl that is not a namespace's.
 */
class LinuxConformanceTest extends ConformanceKit {
    @TempDir
    Path temp;
    private final List<LinuxPlatform> made = new ArrayList<>();

    /** Why a vector cannot hold on Linux, when it cannot; empty when it runs. */
    static Optional<String> whyNot(ConformanceVector v) {
        String doc = new String(v.document(), StandardCharsets.UTF_8);
        if (!v.boots()) {
            return Optional.empty();
        }
        if (!v.devices().isEmpty()) {
            return Optional.of("declares devices holding ffs, a file system Linux cannot make");
        }
        if (doc.matches("(?s).*\"blk\"\\s*:.*") || doc.matches("(?s).*\"source\"\\s*:\\s*\"blk\".*")) {
            return Optional.of("a disk configured by blk holds ffs, or a vnd's backing file need not exist");
        }
        if (doc.matches("(?s).*\"source\"\\s*:\\s*\"nfs\".*")) {
            return Optional.of("an NFS mount succeeds at once, with no server");
        }
        if (doc.matches("(?s).*\"method\"\\s*:\\s*\"dhcp\".*")) {
            return Optional.of("a DHCP lease comes at once, with no server");
        }
        if (doc.contains("kern.") && !doc.contains("kern.hostname")) {
            return Optional.of("sets a sysctl the kernel does not keep per namespace");
        }
        for (Diagnostic d : Rumpcfg.check(v.document()).diagnostics()) {
            if (d.code() == Code.GATEWAY_BROADCAST || d.code() == Code.GATEWAY_UNREACHABLE) {
                return Optional.of("a gateway no address of the guest reaches as a router, whose route the in-memory"
                        + " platform takes and Linux refuses");
            }
        }
        return Optional.empty();
    }

    @Override
    protected List<ConformanceVector> vectors() {
        return ConformanceVector.all().stream().filter(v -> whyNot(v).isEmpty()).collect(Collectors.toList());
    }

    @Override
    protected Platform newPlatform(ConformanceVector vector) throws Exception {
        LinuxHost.requirePlatform();
        Path dir = Files.createTempDirectory(temp, "v");
        Path root = Files.createDirectory(dir.resolve("root"));
        LinuxPlatform.Builder builder = LinuxPlatform.builder(root).bin("sh", Path.of("/bin/sh"))
                .bin("realcat", Path.of("/bin/cat"));
        for (String bin : vector.bins().orElse(List.of())) {
            Path script = dir.resolve("bin-" + bin);
            Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$*\"\n/bin/realcat\nexit " + vector.exitStatus(bin) + "\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            builder.bin(bin, script);
        }
        LinuxPlatform platform = builder.build();
        made.add(platform);
        return platform;
    }

    @AfterEach
    void endTheRuns() {
        made.forEach(LinuxPlatform::close);
    }

    @Override
    protected PlatformState stateOf(Platform p) throws Exception {
        LinuxPlatform platform = (LinuxPlatform) p;
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : platform.filesWritten()) {
            files.put(f, new String(platform.readFile(f, 1 << 20), StandardCharsets.UTF_8));
        }
        List<NetInterfaceState> interfaces = new ArrayList<>();
        platform.addresses().forEach((name, addrs) -> interfaces.add(
                new NetInterfaceState(name, platform.createdInterfaces().contains(name), addrs)));
        List<MountEntry> mounts = new ArrayList<>();
        platform.mountCalls().forEach(m -> mounts.add(new MountEntry(m.fstype(), m.source(), m.mountpoint(), m.options())));
        List<HostProcess> processes = platform.processes();
        List<HostProgram> records = platform.programs();
        List<PlatformState.ProgramState> programs = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            var request = processes.get(i).request();
            Optional<Program> from = request.stdinFrom();
            OptionalInt stdinFrom = from.isPresent() ? OptionalInt.of(processes.indexOf(from.get())) : OptionalInt.empty();
            programs.add(new PlatformState.ProgramState(request.bin(), request.argv(), request.workdir(), request.sysctl(),
                    stdinFrom, records.get(i).exitCode()));
        }
        return new PlatformState().sysctl(platform.sysctls()).env(platform.environment()).interfaces(interfaces)
                .routes(platform.routes()).mounts(mounts).files(files).programs(programs);
    }
}
