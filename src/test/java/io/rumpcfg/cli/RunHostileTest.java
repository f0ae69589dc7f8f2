package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rumpcfg run} on hostile input: an invalid document applies nothing and exits 1; a
 * failing platform call (every call the fake can fail, with one errno each; the library-level
 * FaultMatrixTest tries every errno) exits 3 naming the failed step, with the steps before it
 * applied and those after it not run.
 */
class RunHostileTest {
    private static final String EVERY_CALL = "src/test/resources/hostile/every-call.json";

    static Stream<Path> invalidDocuments() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/hostile/invalid"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void anInvalidDocumentRunsNothingAndExitsOne(Path document) {
        Cli.Run run = Cli.run("run", "--bins", "app", document.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("applied").doesNotContain("FAILED");
        assertThat(run.err()).contains(": error: ").doesNotContain("\tat ");
    }

    static Stream<Arguments> failingCalls() {
        return Stream.of(
                Arguments.of("sysctl=EPERM", "sysctl:kern.maxfiles"),
                Arguments.of("setenv=ENOMEM", "env:GREETING"),
                Arguments.of("etfsRegister=EEXIST", "blk:xbd0"),
                Arguments.of("mkdirs=EROFS", "mount:/data"),
                Arguments.of("vndConfigure=EBUSY", "blk:vnd0"),
                Arguments.of("mount=ENODEV", "mount:/data"),
                Arguments.of("ifcreate=ENXIO", "net.if:xenif0"),
                Arguments.of("ifaddr4=EADDRINUSE", "net.if:xenif0"),
                Arguments.of("ifaddr6=EADDRNOTAVAIL", "net.if:xenif0"),
                Arguments.of("dhcp4=ETIMEDOUT", "net.if:xenif1"),
                Arguments.of("auto6=EOPNOTSUPP", "net.if:xenif1"),
                Arguments.of("gateway4=ENETUNREACH", "net.gw:inet"),
                Arguments.of("gateway6=EHOSTUNREACH", "net.gw:inet6"),
                Arguments.of("writeFile=ENOSPC", "net.dns"),
                Arguments.of("spawn=ENOEXEC", "rc:0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingCalls")
    void aFailingCallExitsThreeNamingTheStep(String fault, String stepId) {
        Cli.Run clean = Cli.run("run", "--bins", "app", EVERY_CALL);
        List<String> steps = clean.out().lines().filter(l -> l.startsWith("applied ")).map(l -> l.substring(8)).toList();

        Cli.Run run = Cli.run("run", "--bins", "app", "--fail", fault, EVERY_CALL);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        int at = steps.indexOf(stepId);
        assertThat(at).isNotNegative();
        StringBuilder expected = new StringBuilder();
        steps.subList(0, at).forEach(s -> expected.append("applied ").append(s).append('\n'));
        assertThat(run.out()).startsWith(expected + "FAILED " + stepId + " (");
        steps.subList(at + 1, steps.size()).forEach(s -> assertThat(run.out()).contains("not run " + s + "\n"));
        assertThat(run.out()).contains("injected fault for call " + fault.substring(0, fault.indexOf('=')));
    }
}
