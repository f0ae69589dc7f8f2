package io.rumpcfg.launch;

import io.rumpcfg.source.spec.Sources;
import java.util.Optional;

/** The hypervisors {@code rumpcfg launch} starts a guest on, and the program each is. */
public enum Hypervisor {
    /** QEMU's PC machine running a hw guest: the configuration is the first multiboot module. */
    QEMU("qemu", Sources.Target.HW, "qemu-system-x86_64", "Debian's package qemu-system-x86 has it"),
    /** A Xen PV domain: the configuration is the domain's {@code rumprun/cfg} xenstore key. */
    XEN("xen", Sources.Target.XEN, "xl", "Debian's package xen-utils has it"),
    /** Solo5's hvt tender (KVM, bhyve, vmm): the configuration is on the guest's command line. */
    SOLO5_HVT("solo5-hvt", Sources.Target.SOLO5, "solo5-hvt", "Solo5's tenders are built from its sources"),
    /** Solo5's spt tender (a seccomp-sandboxed process): as hvt. */
    SOLO5_SPT("solo5-spt", Sources.Target.SOLO5, "solo5-spt", "Solo5's tenders are built from its sources");

    private final String token;
    private final Sources.Target target;
    private final String program;
    private final String whereFrom;

    Hypervisor(String token, Sources.Target target, String program, String whereFrom) {
        this.token = token;
        this.target = target;
        this.program = program;
        this.whereFrom = whereFrom;
    }

    /** Where the program comes from, for the message when it is missing. */
    public String whereFrom() {
        return whereFrom;
    }

    /** The name on the command line: {@code qemu}, {@code xen}, {@code solo5-hvt}, {@code solo5-spt}. */
    public String token() {
        return token;
    }

    /** The platform whose limits and device names the guest has. */
    public Sources.Target target() {
        return target;
    }

    /** The program that starts a guest. */
    public String program() {
        return program;
    }

    /** The hypervisor named {@code token}, or empty. */
    public static Optional<Hypervisor> fromToken(String token) {
        for (Hypervisor h : values()) {
            if (h.token.equals(token)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
