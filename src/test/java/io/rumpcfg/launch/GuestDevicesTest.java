package io.rumpcfg.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuestDevicesTest {
    private static Config config(String json) {
        return Rumpcfg.check(json.getBytes(StandardCharsets.UTF_8), ParseOptions.DEFAULTS, PlanOptions.DEFAULTS)
                .config().orElseThrow();
    }

    private static List<String> names(GuestDevices.Derived d) {
        List<String> out = new ArrayList<>();
        d.devices().forEach(g -> out.add(g.kind().flag() + " " + g.name()));
        return out;
    }

    @Test
    void disksThenInterfacesEachKindInUnitOrderWithTheUnitsBelowFilledIn() {
        GuestDevices.Derived d = GuestDevices.derive(config("""
                {"net": {"interfaces": {"wm0": {}, "vioif1": {}, "lo0": {}, "bridge0": {"create": true}}},
                 "mount": {"/b": {"source": "blk", "path": "/dev/sd0a"}, "/a": {"source": "blk", "path": "/dev/ld2e"},
                           "/c": {"source": "blk", "path": "/dev/ld0a"}, "/d": {"source": "blk", "path": "/dev/ld0e"},
                           "/e": {"source": "blk", "path": "/dev/wd1a"}}}
                """), Hypervisor.QEMU);

        assertThat(d.diagnostics()).isEmpty();
        assertThat(names(d)).containsExactly("--disk ld0", "--disk ld1", "--disk ld2", "--disk sd0", "--disk wd0",
                "--disk wd1", "--net vioif0", "--net vioif1", "--net wm0");
        assertThat(d.devices().get(1).before()).hasValue("ld2");
        assertThat(d.devices().get(0).before()).isEmpty();
    }

    @Test
    void devicesTheConfigurationMakesItselfNeedNothing() {
        GuestDevices.Derived d = GuestDevices.derive(config("""
                {"blk": {"vnd0": {"type": "vnd", "path": "/rootfs/x.iso"}},
                 "mount": {"/x": {"source": "blk", "path": "/dev/vnd0a"}, "/rootfs": {"source": "blk", "path": "/dev/ld0a"},
                           "/kern": {"source": "kernfs"}, "/tmp": {"source": "tmpfs"}}}
                """), Hypervisor.QEMU);

        assertThat(names(d)).containsExactly("--disk ld0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "xen|{\"mount\": {\"/d\": {\"source\": \"blk\", \"path\": \"/dev/ld0a\"}}}|/dev/ld0a is on a virtio-blk disk, which a xen guest does not have (it has blkfront:NAME (Xen disk))",
        "qemu|{\"blk\": {\"xbd0\": {\"type\": \"etfs\", \"path\": \"blkfront:xvda\"}}}|blkfront:xvda is a Xen disk, which a qemu guest does not have (it has ld (virtio-blk disk), sd (virtio-scsi disk), wd (IDE disk))",
        "solo5-hvt|{\"net\": {\"interfaces\": {\"xenif0\": {\"create\": true}}}}|xenif0 is a Xen vif, which a solo5-hvt guest does not have (it has ukvmif (Solo5 network device))",
        "qemu|{\"mount\": {\"/c\": {\"source\": \"blk\", \"path\": \"/dev/cd0a\"}}}|\"/dev/cd0a\" is on no disk a blk entry makes or a hypervisor gives; a qemu guest has ld (virtio-blk disk), sd (virtio-scsi disk), wd (IDE disk)",
        "solo5-spt|{\"net\": {\"interfaces\": {\"ukvmif0\": {}, \"ukvmif1\": {}}}}|ukvmif1 would be a second Solo5 network device; rumprun's Solo5 guests have one, ukvmif0",
    })
    void aDeviceOfAnotherPlatformIsAnErrorAtItsElement(String hv, String json, String message) {
        GuestDevices.Derived d = GuestDevices.derive(config(json), Hypervisor.fromToken(hv).orElseThrow());

        assertThat(d.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.LAUNCH_WRONG_PLATFORM);
        assertThat(d.diagnostics().get(0).message()).isEqualTo(message);
        assertThat(d.diagnostics().get(0).position().isKnown()).isTrue();
    }

    @Test
    void everyDeviceNeededNeedsAFlagAndEveryFlagADevice() {
        GuestDevices.Derived d = GuestDevices.derive(config("""
                {"net": {"interfaces": {"vioif0": {}}},
                 "mount": {"/d": {"source": "blk", "path": "/dev/ld1a"}}}
                """), Hypervisor.QEMU);
        List<Diagnostic> problems = new ArrayList<>();
        List<Attached> attached = Attached.attach(d.devices(), Map.of("ld1", "/x.img", "sd0", "/y.img"),
                Map.of("vioif0", "user"), problems);

        assertThat(attached).extracting(a -> a.device().name()).containsExactly("ld1", "vioif0");
        assertThat(problems).extracting(Diagnostic::message).containsExactly(
                "virtio-blk disk ld0 is given by no --disk, and the guest numbers its ld devices in order: ld1 needs ld0"
                        + " before it: add --disk ld0=FILE",
                "--disk \"sd0=/y.img\": the configuration uses no device \"sd0\" (it uses ld0, ld1)");
        assertThat(problems).extracting(Diagnostic::code)
                .containsExactly(Code.LAUNCH_NO_DEVICE, Code.LAUNCH_UNUSED_DEVICE);
    }
}
