package io.rumpcfg.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a launch is made from, checked: the guest's devices are all attached.
 *
 * @param hypervisor     where the guest runs
 * @param kernel         the unikernel, an absolute path
 * @param devices        the guest's devices with what backs each, in the order the guest numbers them
 * @param memoryMiB      the guest's memory in MiB
 * @param monitor        QEMU only: a Unix socket for its QMP monitor
 * @param document       the configuration as the guest is to read it
 * @param xenstoreSocket Xen only: the xenstore daemon's socket, when not the default
 * @param xenstoreTimeout Xen only: how long connecting to xenstore, and then each request, may take
 */
public record LaunchSpec(Hypervisor hypervisor, Path kernel, List<Attached> devices, int memoryMiB,
        Optional<Path> monitor, byte[] document, Optional<Path> xenstoreSocket, Duration xenstoreTimeout) {
    /**
     * Makes a spec, copying the list and the document.
     *
     * @throws NullPointerException     if any component is null
     * @throws IllegalArgumentException if {@code memoryMiB} is not above 0
     */
    public LaunchSpec {
        Objects.requireNonNull(hypervisor, "hypervisor");
        Objects.requireNonNull(kernel, "kernel");
        devices = List.copyOf(devices);
        Objects.requireNonNull(monitor, "monitor");
        document = document.clone();
        Objects.requireNonNull(xenstoreSocket, "xenstoreSocket");
        Objects.requireNonNull(xenstoreTimeout, "xenstoreTimeout");
        if (memoryMiB <= 0) {
            throw new IllegalArgumentException("memory must be above 0 MiB: " + memoryMiB);
        }
    }

    @Override
    public byte[] document() {
        return document.clone();
    }

    /** The steps that start the guest. */
    public List<Action> actions() {
        switch (hypervisor) {
            case QEMU:
                return QemuLaunch.actions(this);
            case XEN:
                return XenLaunch.actions(this);
            default:
                return Solo5Launch.actions(this);
        }
    }
}
