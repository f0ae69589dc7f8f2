package io.rumpcfg.process;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.Program;
import io.rumpcfg.testing.PlatformContract;
import io.rumpcfg.testing.Probe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** ProcessPlatform honours the Platform SPI contract; each probe is a /bin/sh script. */
class ProcessPlatformContractTest extends PlatformContract {
    @TempDir
    Path temp;

    @Override
    protected Platform newPlatform() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "/bin/sh is needed");
        Path root = Files.createDirectory(temp.resolve("root"));
        Path bin = Files.createDirectory(temp.resolve("bin"));
        ProcessPlatform.Builder builder = ProcessPlatform.builder(root);
        for (Probe probe : Probe.values()) {
            Path script = bin.resolve(probe.binName());
            Files.writeString(script, probe.shellScript(), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            builder.bin(probe.binName(), script);
        }
        return builder.build();
    }

    @Override
    protected String stdoutOf(Platform platform, Program program) {
        return record(platform, program).stdout();
    }

    @Override
    protected String workdirOf(Platform platform, Program program) {
        // The script prints the host directory it really ran in; map it back to a guest path.
        String root = ((ProcessPlatform) platform).root().toString();
        String host = record(platform, program).stdout().lines().filter(l -> l.startsWith("cwd ")).findFirst()
                .orElseThrow(() -> new AssertionError("the report probe printed no cwd line")).substring(4);
        String guest = host.startsWith(root) ? host.substring(root.length()) : "(outside the root) " + host;
        return guest.isEmpty() ? "/" : guest;
    }

    private static HostProgram record(Platform platform, Program program) {
        List<HostProgram> programs = ((ProcessPlatform) platform).programs();
        return programs.get(((HostProcess) program).number);
    }
}
