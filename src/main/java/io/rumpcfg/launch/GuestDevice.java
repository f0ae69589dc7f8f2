package io.rumpcfg.launch;

import io.rumpcfg.model.Origin;
import java.util.Objects;
import java.util.Optional;

/**
 * A device a guest needs from its hypervisor.
 *
 * @param kind     what it is
 * @param name     the name a {@code --disk} or {@code --net} gives it by: {@code ld0}, {@code xvda},
 *                 the Solo5 block name, {@code vioif0}
 * @param origin   the element of the configuration that needs it
 * @param before   when the configuration does not use it itself: the unit numbered after it, which
 *                 the guest would otherwise number as this one
 */
public record GuestDevice(DeviceKind kind, String name, Origin origin, Optional<String> before) {
    /**
     * Makes a device.
     *
     * @throws NullPointerException if any component is null
     */
    public GuestDevice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(before, "before");
    }

    /** The unit of a numbered device ({@code ld1} → 1); 0 for a named one. */
    public int unit() {
        String digits = name.substring(Math.min(kind.prefix().length(), name.length()));
        return kind.prefix().endsWith(":") || digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
