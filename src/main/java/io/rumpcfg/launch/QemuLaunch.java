package io.rumpcfg.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * QEMU's PC machine: the kernel by {@code -kernel}, the configuration as the first (only)
 * multiboot module by {@code -initrd}, the console on the first serial port (with no VGA, a
 * rumprun hw guest writes to it), no device but those the configuration needs.
 */
final class QemuLaunch {
    /** The module's file in the launch's directory; QEMU runs there, so its name is all QEMU sees. */
    static final String MODULE = "rumprun.json";
    /** The host side of an interface that cannot reach past this machine: QEMU's user mode, restricted. */
    static final String USER = "user";

    private QemuLaunch() {}

    static List<Action> actions(LaunchSpec spec) {
        List<String> argv = new ArrayList<>(List.of(spec.hypervisor().program(),
                "-machine", "pc", "-accel", "kvm", "-accel", "tcg", "-m", spec.memoryMiB() + "M",
                "-nodefaults", "-no-user-config", "-display", "none", "-serial", "stdio",
                "-kernel", spec.kernel().toString(), "-initrd", MODULE));
        boolean scsi = false;
        for (Attached a : spec.devices()) {
            String id = a.device().name();
            switch (a.device().kind()) {
                case VIRTIO_NET:
                case E1000:
                    argv.addAll(List.of("-netdev", netdev(id, a.host()), "-device",
                            (a.device().kind() == DeviceKind.E1000 ? "e1000" : "virtio-net-pci") + ",netdev=" + id));
                    break;
                case VIRTIO_BLK:
                    argv.addAll(List.of("-drive", drive(id, a.host()), "-device", "virtio-blk-pci,drive=" + id));
                    break;
                case SCSI_DISK:
                    if (!scsi) {
                        argv.addAll(List.of("-device", "virtio-scsi-pci,id=scsi0"));
                        scsi = true;
                    }
                    argv.addAll(List.of("-drive", drive(id, a.host()), "-device", "scsi-hd,drive=" + id
                            + ",bus=scsi0.0,scsi-id=" + a.device().unit() + ",lun=0"));
                    break;
                case IDE_DISK:
                    int unit = a.device().unit();
                    argv.addAll(List.of("-drive", drive(id, a.host()), "-device", "ide-hd,drive=" + id
                            + ",bus=ide." + unit / 2 + ",unit=" + unit % 2));
                    break;
                default:
                    throw new IllegalArgumentException(a.device().kind() + " is not a QEMU device");
            }
        }
        spec.monitor().ifPresent(m -> argv.addAll(List.of("-qmp", "unix:" + escape(m.toString()) + ",server=on,wait=off")));
        List<Arg> words = new ArrayList<>();
        for (String w : argv) {
            words.add(Arg.text(w));
        }
        return List.of(new Action.WriteFile(MODULE, spec.document()), new Action.Run(words, true));
    }

    private static String netdev(String id, String host) {
        return host.equals(USER) ? "user,id=" + id + ",restrict=on"
                : "tap,id=" + id + ",ifname=" + host + ",script=no,downscript=no";
    }

    private static String drive(String id, String file) {
        return "file=" + escape(file) + ",format=raw,if=none,id=" + id;
    }

    /** A value inside a QEMU option list, where a comma is written twice. */
    private static String escape(String value) {
        return value.replace(",", ",,");
    }
}
