package io.rumpcfg.launch;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The host programs a boot test needs: missing, the test is skipped, except in CI (CI=true), where it fails. */
public final class HostTools {
    private HostTools() {}

    public static Path require(String program, String debianPackage) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(program + " is not installed; CI must install the Debian package " + debianPackage + " (.ci/run)");
        }
        assumeTrue(false, program + " is not installed (Debian package " + debianPackage + ")");
        throw new AssertionError("unreachable");
    }

    public static void requireDirectory(Path dir, String debianPackage) {
        if (Files.isDirectory(dir)) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(dir + " is missing; CI must install the Debian package " + debianPackage + " (.ci/run)");
        }
        assumeTrue(false, dir + " is missing (Debian package " + debianPackage + ")");
    }
}
