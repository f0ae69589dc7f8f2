package io.rumpcfg.source.hw;

import io.rumpcfg.model.Diagnostic;
import java.util.List;

/**
 * What a hw guest can carry, checked before launch ({@code validate --target hw}) and when a
 * guest's boot information is read.
 */
public final class HwLimits {
    /**
     * The largest first module the original guest takes: it copies the module into a 4096-byte
     * buffer and halts ("command line too long") on one of 4095 bytes or more (platform/hw/multiboot.c).
     */
    public static final int MAX_MODULE_BYTES = 4094;
    /** The longest command line it takes, without a module: one of 4096 bytes or more halts it. */
    public static final int MAX_CMDLINE_BYTES = 4095;

    private HwLimits() {}

    /** A warning when a configuration of {@code size} bytes is over {@link #MAX_MODULE_BYTES}. */
    public static List<Diagnostic> checkSize(long size) {
        return size > MAX_MODULE_BYTES ? List.of(HwDiagnostics.overBuffer(size, MAX_MODULE_BYTES)) : List.of();
    }
}
