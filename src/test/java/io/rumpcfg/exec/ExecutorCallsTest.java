package io.rumpcfg.exec;

import static io.rumpcfg.exec.TestPlans.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.plan.Plan;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.SpawnRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The exact platform calls each kind of step makes, in order, and nothing else. */
class ExecutorCallsTest {
    private final Platform platform = mock(Platform.class);
    private final InOrder calls = inOrder(platform);

    private BootReport run(Plan plan) {
        return Executor.create(platform, ExecOptions.DEFAULTS).run(plan);
    }

    private static Program exiting(int status) throws Exception {
        Program program = mock(Program.class);
        when(program.waitFor()).thenReturn(status);
        return program;
    }

    @Test
    void sysctlAndHostnameAreSysctlCalls() throws Exception {
        BootReport report = run(plan(sysctl("kern.maxfiles", 4096), hostname("web1")));

        calls.verify(platform).sysctl("kern.maxfiles", "4096");
        calls.verify(platform).sysctl("kern.hostname", "web1");
        calls.verifyNoMoreInteractions();
        assertThat(report.succeeded()).isTrue();
    }

    @Test
    void envIsSetenvInOrder() throws Exception {
        run(plan(env("B", "2"), env("A", "1")));

        calls.verify(platform).setenv("B", "2");
        calls.verify(platform).setenv("A", "1");
        calls.verifyNoMoreInteractions();
    }

    @Test
    void interfaceIsCreatedThenEachAddressConfiguredInOrder() throws Exception {
        run(plan(iface("xenif0", true, dhcp4(), fixed("10.0.0.2/24"), auto6(), fixed("2001:db8::2/64"))));

        calls.verify(platform).ifcreate("xenif0");
        calls.verify(platform).dhcp4("xenif0");
        calls.verify(platform).ifaddr4("xenif0", "10.0.0.2", 24);
        calls.verify(platform).auto6("xenif0");
        calls.verify(platform).ifaddr6("xenif0", "2001:db8::2", 64);
        calls.verifyNoMoreInteractions();
    }

    @Test
    void interfaceWithoutCreateIsNotCreated() throws Exception {
        run(plan(iface("vioif0", false, dhcp4())));

        calls.verify(platform).dhcp4("vioif0");
        calls.verifyNoMoreInteractions();
    }

    @Test
    void gatewaysGoByFamily() throws Exception {
        run(plan(gateway("10.0.0.1"), gateway("2001:db8::1")));

        calls.verify(platform).gateway4("10.0.0.1");
        calls.verify(platform).gateway6("2001:db8::1");
        calls.verifyNoMoreInteractions();
    }

    @Test
    void dnsCreatesEtcThenWritesResolvConf() throws Exception {
        run(plan(dns(List.of("192.0.2.53", "2001:db8::53"), List.of("example.net", "example.org"))));

        ArgumentCaptor<byte[]> content = ArgumentCaptor.forClass(byte[].class);
        calls.verify(platform).mkdirs("/etc");
        calls.verify(platform).writeFile(eq("/etc/resolv.conf"), content.capture());
        calls.verifyNoMoreInteractions();
        assertThat(new String(content.getValue(), StandardCharsets.UTF_8)).isEqualTo(
                "nameserver 192.0.2.53\nnameserver 2001:db8::53\nsearch example.net example.org\n");
    }

    @Test
    void etfsRegistersTheDeviceNodeAndVndIsReadOnly() throws Exception {
        run(plan(etfs("xbd0", "blkfront:xvda"), vnd(1, "/rootfs/images/data.iso")));

        calls.verify(platform).etfsRegister("/dev/xbd0", "blkfront:xvda");
        calls.verify(platform).vndConfigure(1, "/rootfs/images/data.iso", true);
        calls.verifyNoMoreInteractions();
    }

    @Test
    void blkMountCreatesTheDirectoryThenTriesFfsFirst() throws Exception {
        run(plan(mountBlk("/data", "/dev/xbd0")));

        calls.verify(platform).mkdirs("/data");
        calls.verify(platform).mount("ffs", "/dev/xbd0", "/data", Map.of());
        calls.verifyNoMoreInteractions();
    }

    @Test
    void blkMountFallsBackToExt2fsThenReadOnlyCd9660() throws Exception {
        doThrow(new PlatformException(Errno.EINVAL, "not ffs")).when(platform).mount(eq("ffs"), anyString(), anyString(), anyMap());
        doThrow(new PlatformException(Errno.EINVAL, "not ext2fs")).when(platform).mount(eq("ext2fs"), anyString(), anyString(), anyMap());

        BootReport report = run(plan(mountBlk("/cd", "/dev/vnd0a")));

        calls.verify(platform).mkdirs("/cd");
        calls.verify(platform).mount("ffs", "/dev/vnd0a", "/cd", Map.of());
        calls.verify(platform).mount("ext2fs", "/dev/vnd0a", "/cd", Map.of());
        calls.verify(platform).mount("cd9660", "/dev/vnd0a", "/cd", Map.of("ro", "true"));
        calls.verifyNoMoreInteractions();
        assertThat(report.succeeded()).isTrue();
    }

    @Test
    void blkMountThatFitsNoFileSystemNamesAllThreeCauses() throws Exception {
        doThrow(new PlatformException(Errno.EINVAL, "bad superblock")).when(platform).mount(eq("ffs"), anyString(), anyString(), anyMap());
        doThrow(new PlatformException(Errno.EINVAL, "bad magic")).when(platform).mount(eq("ext2fs"), anyString(), anyString(), anyMap());
        doThrow(new PlatformException(Errno.EIO, "read error")).when(platform).mount(eq("cd9660"), anyString(), anyString(), anyMap());

        BootReport report = run(plan(mountBlk("/data", "/dev/xbd0")));

        assertThat(report.failed()).get().extracting(StepFailure::cause).isEqualTo(
                "EIO: no file system mountable on /dev/xbd0 (ffs: EINVAL: bad superblock; ext2fs: EINVAL: bad magic; cd9660: EIO: read error)");
        assertThat(report.failed().get().errno()).contains(Errno.EIO);
    }

    @Test
    void tmpfsSizeIsInBytes() throws Exception {
        run(plan(tmpfs("/tmp", 2L << 20)));

        calls.verify(platform).mkdirs("/tmp");
        calls.verify(platform).mount("tmpfs", "tmpfs", "/tmp", Map.of("size", "2097152"));
        calls.verifyNoMoreInteractions();
    }

    @Test
    void nfsPassesVersProtoAndReadOnly() throws Exception {
        run(plan(nfs("/home", "files.example.net", "/export/home", 3, MountSource.Proto.TCP, true),
                nfs("/pub", "192.0.2.9", "/pub", 2, MountSource.Proto.UDP, false)));

        calls.verify(platform).mkdirs("/home");
        calls.verify(platform).mount("nfs", "files.example.net:/export/home", "/home",
                Map.of("vers", "3", "proto", "tcp", "ro", "true"));
        calls.verify(platform).mkdirs("/pub");
        calls.verify(platform).mount("nfs", "192.0.2.9:/pub", "/pub", Map.of("vers", "2", "proto", "udp"));
        calls.verifyNoMoreInteractions();
    }

    @Test
    void kernfsNeedsNoSource() throws Exception {
        run(plan(kernfs("/kern")));

        calls.verify(platform).mkdirs("/kern");
        calls.verify(platform).mount("kernfs", "kernfs", "/kern", Map.of());
        calls.verifyNoMoreInteractions();
    }

    @Test
    void programGetsEnvInOrderPrefixedSysctlAndWorkdir() throws Exception {
        Program program = exiting(0);
        when(platform.spawn(any())).thenReturn(program);

        run(plan(env("Z", "last-letter"), env("A", "first-letter"),
                rc(0, "httpd", RunMode.WAIT, "/srv", List.of(procSysctl("rlimit.nofile.soft", "unlimited")))));

        ArgumentCaptor<SpawnRequest> request = ArgumentCaptor.forClass(SpawnRequest.class);
        calls.verify(platform).setenv("Z", "last-letter");
        calls.verify(platform).setenv("A", "first-letter");
        calls.verify(platform).spawn(request.capture());
        calls.verifyNoMoreInteractions();
        SpawnRequest r = request.getValue();
        assertThat(r.bin()).isEqualTo("httpd");
        assertThat(r.argv()).containsExactly("httpd");
        assertThat(r.env()).containsExactly(Map.entry("Z", "last-letter"), Map.entry("A", "first-letter"));
        assertThat(r.sysctl()).containsExactly(Map.entry("proc.curproc.rlimit.nofile.soft", "unlimited"));
        assertThat(r.workdir()).isEqualTo("/srv");
        assertThat(r.stdinFrom()).isEmpty();
        assertThat(r.pipeStdout()).isFalse();
    }

    @Test
    void starIsTheFirstBakedBinaryAndWorkdirDefaultsToRoot() throws Exception {
        Program program = exiting(0);
        when(platform.bakedBinaries()).thenReturn(List.of("first", "second"));
        when(platform.spawn(any())).thenReturn(program);

        run(plan(rc(0, "*", RunMode.WAIT, "app", "-v")));

        ArgumentCaptor<SpawnRequest> request = ArgumentCaptor.forClass(SpawnRequest.class);
        calls.verify(platform).bakedBinaries();
        calls.verify(platform).spawn(request.capture());
        calls.verifyNoMoreInteractions();
        assertThat(request.getValue().bin()).isEqualTo("first");
        assertThat(request.getValue().argv()).containsExactly("app", "-v");
        assertThat(request.getValue().workdir()).isEqualTo("/");
    }

    @Test
    void foregroundProgramIsWaitedForBeforeTheNextStarts() throws Exception {
        Program first = exiting(0);
        Program second = exiting(0);
        when(platform.spawn(any())).thenReturn(first, second);
        InOrder order = inOrder(platform, first, second);

        run(plan(rc(0, "a", RunMode.WAIT), rc(1, "b", RunMode.WAIT)));

        order.verify(platform).spawn(org.mockito.ArgumentMatchers.argThat(r -> r.bin().equals("a")));
        order.verify(first).waitFor();
        order.verify(platform).spawn(org.mockito.ArgumentMatchers.argThat(r -> r.bin().equals("b")));
        order.verify(second).waitFor();
    }

    @Test
    void backgroundProgramIsWaitedForOnlyAfterTheLastEntry() throws Exception {
        Program background = exiting(0);
        Program foreground = exiting(0);
        when(platform.spawn(any())).thenReturn(background, foreground);
        InOrder order = inOrder(platform, background, foreground);

        BootReport report = run(plan(rc(0, "server", RunMode.BACKGROUND), rc(1, "client", RunMode.WAIT)));

        order.verify(platform).spawn(org.mockito.ArgumentMatchers.argThat(r -> r.bin().equals("server")));
        order.verify(platform).spawn(org.mockito.ArgumentMatchers.argThat(r -> r.bin().equals("client")));
        order.verify(foreground).waitFor();
        order.verify(background).waitFor();
        assertThat(report.programs()).extracting(ProgramRun::stepId).containsExactly("rc:0", "rc:1");
    }

    @Test
    void pipeHandsTheProgramToTheNextEntryAsItsStdin() throws Exception {
        Program producer = exiting(0);
        Program filter = exiting(0);
        Program consumer = exiting(0);
        when(platform.spawn(any())).thenReturn(producer, filter, consumer);

        run(plan(rc(0, "producer", RunMode.PIPE), rc(1, "filter", RunMode.PIPE), rc(2, "consumer", RunMode.WAIT)));

        ArgumentCaptor<SpawnRequest> requests = ArgumentCaptor.forClass(SpawnRequest.class);
        calls.verify(platform, org.mockito.Mockito.times(3)).spawn(requests.capture());
        List<SpawnRequest> r = requests.getAllValues();
        assertThat(r.get(0).stdinFrom()).isEmpty();
        assertThat(r.get(0).pipeStdout()).isTrue();
        assertThat(r.get(1).stdinFrom()).containsSame(producer);
        assertThat(r.get(1).pipeStdout()).isTrue();
        assertThat(r.get(2).stdinFrom()).containsSame(filter);
        assertThat(r.get(2).pipeStdout()).isFalse();
    }

    @Test
    void nonZeroForegroundExitStopsTheRcSequence() throws Exception {
        Program failing = exiting(3);
        when(platform.spawn(any())).thenReturn(failing);

        BootReport report = run(plan(rc(0, "migrate", RunMode.WAIT), rc(1, "serve", RunMode.WAIT)));

        calls.verify(platform).spawn(any());
        calls.verifyNoMoreInteractions();
        assertThat(report.outcome()).isEqualTo(BootReport.Outcome.FAILED);
        StepFailure failure = report.failed().get();
        assertThat(failure.id()).isEqualTo("rc:0");
        assertThat(failure.cause()).isEqualTo("migrate exited with status 3");
        assertThat(failure.exitCode()).hasValue(3);
        assertThat(failure.errno()).isEmpty();
        assertThat(report.notRun()).extracting(s -> s.id()).containsExactly("rc:1");
        assertThat(report.programs()).singleElement().satisfies(p -> assertThat(p.exitCode()).hasValue(3));
    }

    @Test
    void failedStepStopsEverythingAfterIt() throws Exception {
        doThrow(new PlatformException(Errno.EEXIST, "xenif0 exists")).when(platform).ifcreate("xenif0");

        BootReport report = run(plan(sysctl("kern.maxfiles", 4096), iface("xenif0", true, dhcp4()), gateway("10.0.0.1")));

        calls.verify(platform).sysctl("kern.maxfiles", "4096");
        calls.verify(platform).ifcreate("xenif0");
        calls.verifyNoMoreInteractions();
        assertThat(report.applied()).extracting(s -> s.id()).containsExactly("sysctl:kern.maxfiles");
        assertThat(report.failed()).get().extracting(StepFailure::id).isEqualTo("net.if:xenif0");
        assertThat(report.failed().get().cause()).isEqualTo("EEXIST: xenif0 exists");
        assertThat(report.notRun()).extracting(s -> s.id()).containsExactly("net.gw:inet");
    }

    @Test
    void listenerHearsEachStepInOrder() throws Exception {
        doThrow(new PlatformException(Errno.ENOSPC, "full")).when(platform).writeFile(anyString(), any());
        ExecListener listener = mock(ExecListener.class);
        InOrder heard = inOrder(listener);
        Plan plan = plan(sysctl("kern.maxfiles", 4096), dns(List.of("192.0.2.53"), List.of()), kernfs("/kern"));

        Executor.create(platform, ExecOptions.DEFAULTS.withListener(listener)).run(plan);

        heard.verify(listener).stepStarting(plan.steps().get(0));
        heard.verify(listener).stepApplied(plan.steps().get(0));
        heard.verify(listener).stepStarting(plan.steps().get(1));
        heard.verify(listener).stepFailed(any(StepFailure.class));
        heard.verify(listener).stepNotRun(plan.steps().get(2));
        heard.verifyNoMoreInteractions();
    }

    @Test
    void spawnRequestKeepsMapsInInsertionOrder() {
        SpawnRequest r = new SpawnRequest("b", List.of("b"), new java.util.LinkedHashMap<>(Map.of("K", "v")),
                "/", Map.of(), Optional.empty(), false);
        assertThat(r.env()).containsExactly(Map.entry("K", "v"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.env().put("X", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
