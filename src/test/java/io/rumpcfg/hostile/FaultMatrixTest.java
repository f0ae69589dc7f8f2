package io.rumpcfg.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.BootSettings;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.exec.BootReport;
import io.rumpcfg.exec.StepFailure;
import io.rumpcfg.model.Code;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.testing.Fault;
import io.rumpcfg.testing.FakePlatform;
import io.rumpcfg.testing.FakePlatformBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every platform call the executor makes, failing with each errno that call can see on
 * NetBSD: the boot fails at the first step making that call, the steps before it stay
 * applied, none after it runs, and /etc/resolv.conf holds its old content or the whole new one.
 */
class FaultMatrixTest {
    static final byte[] EVERY_CALL = resource("/hostile/every-call.json");
    private static final byte[] OLD_RESOLV_CONF = "nameserver 192.0.2.1\n".getBytes(StandardCharsets.US_ASCII);

    /** The errnos each call can see; bakedBinaries is asked before anything is checked, see below. */
    static final Map<String, List<Errno>> ERRNOS = errnos();

    private static Map<String, List<Errno>> errnos() {
        Map<String, List<Errno>> m = new LinkedHashMap<>();
        m.put("sysctl", List.of(Errno.EPERM, Errno.ENOENT, Errno.EINVAL, Errno.ENOMEM));
        m.put("setenv", List.of(Errno.ENOMEM, Errno.EINVAL));
        m.put("ifcreate", List.of(Errno.ENXIO, Errno.EEXIST, Errno.EINVAL));
        m.put("dhcp4", List.of(Errno.ETIMEDOUT, Errno.ENETUNREACH, Errno.ENXIO));
        m.put("ifaddr4", List.of(Errno.EADDRINUSE, Errno.EADDRNOTAVAIL, Errno.EINVAL, Errno.ENXIO));
        m.put("auto6", List.of(Errno.ENXIO, Errno.EOPNOTSUPP, Errno.ETIMEDOUT));
        m.put("ifaddr6", List.of(Errno.EADDRINUSE, Errno.EADDRNOTAVAIL, Errno.EINVAL));
        m.put("gateway4", List.of(Errno.ENETUNREACH, Errno.EHOSTUNREACH, Errno.EEXIST));
        m.put("gateway6", List.of(Errno.ENETUNREACH, Errno.EHOSTUNREACH, Errno.EEXIST));
        m.put("mkdirs", List.of(Errno.EACCES, Errno.ENOTDIR, Errno.EROFS, Errno.ENOSPC, Errno.ENAMETOOLONG));
        m.put("writeFile", List.of(Errno.EACCES, Errno.ENOSPC, Errno.EROFS, Errno.EIO, Errno.EISDIR));
        m.put("etfsRegister", List.of(Errno.EEXIST, Errno.ENOENT, Errno.EINVAL));
        m.put("vndConfigure", List.of(Errno.EBUSY, Errno.ENOENT, Errno.ENXIO, Errno.EIO));
        m.put("mount", List.of(Errno.EBUSY, Errno.ENODEV, Errno.ENXIO, Errno.EINVAL, Errno.EIO, Errno.EROFS));
        m.put("spawn", List.of(Errno.ENOENT, Errno.ENOEXEC, Errno.ENOMEM, Errno.E2BIG, Errno.EACCES));
        return m;
    }

    static byte[] resource(String name) {
        try (InputStream in = FaultMatrixTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FakePlatformBuilder platform() {
        return FakePlatform.builder().echoBin("app")
                .fileSystemOn("/dev/xbd0", "ffs").fileSystemOn("/dev/vnd0a", "cd9660")
                .file("/data/images/cd.iso", new byte[2048])
                .file("/etc/resolv.conf", OLD_RESOLV_CONF);
    }

    static Stream<Arguments> callsAndErrnos() {
        List<Arguments> rows = new ArrayList<>();
        ERRNOS.forEach((call, errnos) -> errnos.forEach(e -> rows.add(Arguments.of(call, e))));
        return rows.stream();
    }

    @Test
    void theTableCoversEveryCallTheFakeCanFailButTheOnesNoStepMakes() {
        assertThat(ERRNOS.keySet()).containsExactlyInAnyOrderElementsOf(
                Fault.CALLS.stream().filter(c -> !c.equals("bakedBinaries") && !c.equals("readFile")).toList());
    }

    @Test
    void withoutAFaultTheDocumentMakesEveryCallInTheTable() {
        FakePlatform fake = platform().build();

        BootReport report = Rumpcfg.boot(EVERY_CALL, fake, BootSettings.DEFAULTS);

        assertThat(report.outcome()).as(report.toString()).isEqualTo(BootReport.Outcome.SUCCEEDED);
        for (String call : ERRNOS.keySet()) {
            // calls() records "name args": one per call made
            assertThat(fake.calls()).as(call).anyMatch(c -> c.equals(call) || c.startsWith(call + " "));
        }
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("callsAndErrnos")
    void aFailingCallStopsTheBootAtItsFirstStep(String call, Errno errno) {
        FakePlatform clean = platform().build();
        BootReport cleanReport = Rumpcfg.boot(EVERY_CALL, clean, BootSettings.DEFAULTS);
        List<Step> plan = cleanReport.applied();
        FakePlatform fake = platform().failCall(call, errno).build();

        BootReport report = Rumpcfg.boot(EVERY_CALL, fake, BootSettings.DEFAULTS);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.FAILED);
        StepFailure failure = report.failed().orElseThrow();
        assertThat(failure.errno()).contains(errno);
        // mount tries each file system type in turn; its cause lists each attempt
        assertThat(failure.cause()).startsWith(errno + ": ").contains("injected fault for call " + call);
        int at = plan.indexOf(failure.step());
        assertThat(report.applied()).isEqualTo(plan.subList(0, at));
        assertThat(report.notRun()).isEqualTo(plan.subList(at + 1, plan.size()));
        // Nothing happened after the failing call but its retries (mount tries each file system
        // type): up to the failing call, the platform saw the start of a clean boot.
        List<String> calls = fake.calls();
        int first = firstCallOf(call, calls);
        assertThat(clean.calls()).startsWith(calls.subList(0, first).toArray(String[]::new));
        assertThat(calls.subList(first, calls.size())).allMatch(c -> c.equals(call) || c.startsWith(call + " "));
        Optional<byte[]> resolv = fake.file("/etc/resolv.conf");
        assertThat(resolv).isPresent();
        assertThat(resolv.get()).isIn(OLD_RESOLV_CONF, clean.file("/etc/resolv.conf").orElseThrow());
    }

    private static int firstCallOf(String call, List<String> calls) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).equals(call) || calls.get(i).startsWith(call + " ")) {
                return i;
            }
        }
        throw new AssertionError(call + " was never called: " + calls);
    }

    @Test
    void aFailingWriteLeavesTheOldResolvConf() {
        FakePlatform fake = platform().failCall("writeFile", Errno.ENOSPC).build();

        BootReport report = Rumpcfg.boot(EVERY_CALL, fake, BootSettings.DEFAULTS);

        assertThat(report.failed().orElseThrow().id()).isEqualTo("net.dns");
        assertThat(fake.file("/etc/resolv.conf")).hasValue(OLD_RESOLV_CONF);
    }

    @Test
    void aPlatformThatCannotNameItsBinariesIsRejectedWithNoOtherCall() {
        FakePlatform fake = platform().failCall("bakedBinaries", Errno.EIO).build();

        BootReport report = Rumpcfg.boot(EVERY_CALL, fake, BootSettings.DEFAULTS);

        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.REJECTED);
        assertThat(report.diagnostics()).extracting(d -> d.code()).containsExactly(Code.BOOT_PLATFORM_BINS);
        assertThat(fake.calls()).containsExactly("bakedBinaries");
    }
}
