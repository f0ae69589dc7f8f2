package io.rumpcfg.linux;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.Program;
import io.rumpcfg.process.HostProcess;
import io.rumpcfg.process.HostProgram;
import io.rumpcfg.testing.PlatformContract;
import io.rumpcfg.testing.Probe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * LinuxPlatform honours the Platform SPI contract on the real kernel. Each probe is a /bin/sh
 * script baked in with /bin/sh, env and cat (as realcat: the probe named cat is /bin/cat).
 */
class LinuxPlatformContractTest extends PlatformContract {
    @TempDir
    Path temp;

    @Override
    protected Platform newPlatform() throws Exception {
        LinuxHost.requirePlatform();
        Path root = Files.createDirectory(temp.resolve("root"));
        Path bin = Files.createDirectory(temp.resolve("bin"));
        LinuxPlatform.Builder builder = LinuxPlatform.builder(root).bin("sh", Path.of("/bin/sh"))
                .bin("env", Path.of("/usr/bin/env")).bin("realcat", Path.of("/bin/cat"));
        for (Probe probe : Probe.values()) {
            Path script = bin.resolve(probe.binName());
            String text = probe == Probe.CAT ? "#!/bin/sh\nexec /bin/realcat\n" : probe.shellScript();
            Files.writeString(script, text, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            builder.bin(probe.binName(), script);
        }
        return builder.build();
    }

    @AfterEach
    void endTheRun() {
        if (platform() != null) {
            ((LinuxPlatform) platform()).close();
        }
    }

    @Override
    protected String stdoutOf(Platform platform, Program program) {
        return record(platform, program).stdout();
    }

    @Override
    protected String workdirOf(Platform platform, Program program) {
        // The script prints the directory it runs in, as the guest sees it: the root is its /.
        return record(platform, program).stdout().lines().filter(l -> l.startsWith("cwd ")).findFirst()
                .orElseThrow(() -> new AssertionError("the report probe printed no cwd line")).substring(4);
    }

    private static HostProgram record(Platform platform, Program program) {
        return ((LinuxPlatform) platform).programs().get(((HostProcess) program).number());
    }
}
