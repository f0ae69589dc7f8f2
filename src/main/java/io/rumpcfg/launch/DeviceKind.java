package io.rumpcfg.launch;

import io.rumpcfg.source.spec.Sources;
import java.util.Optional;

/**
 * Each kind of device a guest can need from its hypervisor: how the guest names it, which
 * platform has it, and what the hypervisor calls it. The one table of that mapping.
 */
public enum DeviceKind {
    /** NetBSD {@code ld} on virtio: a virtio-blk disk. */
    VIRTIO_BLK("ld", true, Sources.Target.HW, "virtio-blk disk"),
    /** NetBSD {@code sd} on virtio-scsi (rumprun's hw_virtio_scsi): a SCSI disk. */
    SCSI_DISK("sd", true, Sources.Target.HW, "virtio-scsi disk"),
    /** NetBSD {@code wd} on the PC's IDE controller: an IDE disk. */
    IDE_DISK("wd", true, Sources.Target.HW, "IDE disk"),
    /** An etfs device backed by {@code blkfront:xvdN}: a Xen virtual disk. */
    XEN_DISK("blkfront:", true, Sources.Target.XEN, "Xen disk"),
    /** An etfs device backed by {@code solo5:NAME}: a Solo5 block device. */
    SOLO5_BLOCK("solo5:", true, Sources.Target.SOLO5, "Solo5 block device"),
    /** NetBSD {@code vioif}: a virtio-net interface. */
    VIRTIO_NET("vioif", false, Sources.Target.HW, "virtio-net interface"),
    /** NetBSD {@code wm}: an Intel e1000 interface. */
    E1000("wm", false, Sources.Target.HW, "e1000 interface"),
    /** rumprun's {@code xenif}: a Xen virtual interface (vif). */
    XEN_VIF("xenif", false, Sources.Target.XEN, "Xen vif"),
    /** rumprun's Solo5 {@code ukvmif}: the tender's network device. */
    SOLO5_NET("ukvmif", false, Sources.Target.SOLO5, "Solo5 network device");

    private final String prefix;
    private final boolean disk;
    private final Sources.Target target;
    private final String description;

    DeviceKind(String prefix, boolean disk, Sources.Target target, String description) {
        this.prefix = prefix;
        this.disk = disk;
        this.target = target;
        this.description = description;
    }

    /** The guest's driver name ({@code ld}, {@code vioif}), or the etfs path's prefix ({@code blkfront:}). */
    public String prefix() {
        return prefix;
    }

    /** Whether a {@code --disk} gives it; else a {@code --net} does. */
    public boolean isDisk() {
        return disk;
    }

    /** The flag that gives the hypervisor's side of it. */
    public String flag() {
        return disk ? "--disk" : "--net";
    }

    /** The platform whose guests have it. */
    public Sources.Target target() {
        return target;
    }

    /** What it is, for messages: {@code virtio-blk disk}. */
    public String description() {
        return description;
    }

    /** The PC's two IDE channels, a master and a slave each: wd0 to wd3. */
    static final int IDE_UNITS = 4;

    /** Whether the guest numbers units of this kind in probe order, so unit N needs units 0 to N-1 before it. */
    public boolean numberedInOrder() {
        return target == Sources.Target.HW || this == XEN_VIF;
    }

    /**
     * The kind and unit of a device node's disk or an interface named {@code name}
     * ({@code ld1}, {@code vioif0}): a driver name then a decimal unit; empty for any other name.
     */
    static Optional<Unit> ofDriverName(String name, boolean disk) {
        for (DeviceKind kind : values()) {
            if (kind.disk == disk && !kind.prefix.endsWith(":") && name.startsWith(kind.prefix)) {
                String digits = name.substring(kind.prefix.length());
                if (!digits.isEmpty() && digits.length() <= 3 && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                        && (digits.equals("0") || digits.charAt(0) != '0')) {
                    return Optional.of(new Unit(kind, Integer.parseInt(digits)));
                }
            }
        }
        return Optional.empty();
    }

    /** The kinds of this platform's disks or interfaces, for messages: {@code ld (virtio-blk disk), ...}. */
    static String ofTarget(Sources.Target target, boolean disk) {
        StringBuilder out = new StringBuilder();
        for (DeviceKind kind : values()) {
            if (kind.target == target && kind.disk == disk) {
                out.append(out.length() == 0 ? "" : ", ").append(kind.prefix.endsWith(":") ? kind.prefix + "NAME" : kind.prefix)
                        .append(" (").append(kind.description).append(')');
            }
        }
        return out.toString();
    }

    /** A driver name's kind and unit. */
    record Unit(DeviceKind kind, int number) {}
}
