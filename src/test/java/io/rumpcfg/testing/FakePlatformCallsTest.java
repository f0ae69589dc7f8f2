package io.rumpcfg.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fake's own checks, called directly. */
class FakePlatformCallsTest {
    private static void fails(Errno errno, String message, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.errno()).isEqualTo(errno))
                .hasMessage(errno + ": " + message);
    }

    @Test
    void secondVndOnTheSameUnitIsBusy() throws Exception {
        FakePlatform fake = FakePlatform.builder().build();
        fake.vndConfigure(0, "/a.img", true);

        fails(Errno.EBUSY, "/dev/vnd0: already configured", () -> fake.vndConfigure(0, "/b.img", true));
    }

    @Test
    void creatingAnInterfaceTwiceFails() throws Exception {
        FakePlatform fake = FakePlatform.builder().build();
        fake.ifcreate("xenif0");

        fails(Errno.EEXIST, "xenif0: interface exists", () -> fake.ifcreate("xenif0"));
    }

    @Test
    void secondDefaultRouteOfAFamilyFails() throws Exception {
        FakePlatform fake = FakePlatform.builder().build();
        fake.gateway4("10.0.0.1");
        fake.gateway6("2001:db8::1");

        fails(Errno.EEXIST, "an inet default route exists: 10.0.0.1", () -> fake.gateway4("10.0.0.2"));
        assertThat(fake.routes()).containsExactly(Map.entry("inet", "10.0.0.1"), Map.entry("inet6", "2001:db8::1"));
    }

    @Test
    void deviceHoldingAnotherFileSystemIsRefused() throws Exception {
        FakePlatform fake = FakePlatform.builder().device("/dev/ld0a", "ext2fs").directory("/mnt").build();

        fails(Errno.EINVAL, "/dev/ld0a: no ffs file system (it holds ext2fs)", () -> fake.mount("ffs", "/dev/ld0a", "/mnt", Map.of()));
        fake.mount("ext2fs", "/dev/ld0a", "/mnt", Map.of());
        assertThat(fake.mounts()).containsExactly(new MountEntry("ext2fs", "/dev/ld0a", "/mnt", Map.of()));
    }

    @Test
    void mkdirsThroughAFileFails() throws Exception {
        FakePlatform fake = FakePlatform.builder().file("/etc/hosts", new byte[0]).build();

        fails(Errno.ENOTDIR, "/etc/hosts: a file is in the way", () -> fake.mkdirs("/etc/hosts/x"));
    }

    @Test
    void readFileRefusesFilesOverTheLimit() throws Exception {
        FakePlatform fake = FakePlatform.builder().file("/rootfs/cfg.json", new byte[10]).build();

        assertThat(fake.readFile("/rootfs/cfg.json", 10)).hasSize(10);
        fails(Errno.E2BIG, "/rootfs/cfg.json: 10 bytes, more than 9", () -> fake.readFile("/rootfs/cfg.json", 9));
    }

    @Test
    void callFaultFailsEveryCallOfThatMethodAndCallsAreLogged() throws Exception {
        FakePlatform fake = FakePlatform.builder().failCall("sysctl", Errno.EPERM).build();
        fake.setenv("A", "secret-ish");

        fails(Errno.EPERM, "injected fault for call sysctl", () -> fake.sysctl("kern.maxfiles", "1"));
        fails(Errno.EPERM, "injected fault for call sysctl", () -> fake.sysctl("kern.hostname", "h"));
        assertThat(fake.calls()).containsExactly("setenv A", "sysctl kern.maxfiles=1", "sysctl kern.hostname=h");
        assertThat(fake.sysctls()).isEmpty();
    }

    @Test
    void builderRejectsUnknownCallsAndBuildsOnce() {
        FakePlatformBuilder builder = FakePlatform.builder();

        assertThatThrownBy(() -> builder.failCall("reboot", Errno.EIO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a platform call: reboot");
        builder.build();
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bakedBinariesKeepBakeOrder() throws Exception {
        assertThat(FakePlatform.withEchoBins(List.of("zeta", "alpha")).bakedBinaries()).containsExactly("zeta", "alpha");
    }
}
