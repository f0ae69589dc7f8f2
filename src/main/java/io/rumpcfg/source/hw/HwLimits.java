package io.rumpcfg.source.hw;

import io.rumpcfg.model.Diagnostic;
import java.util.List;

/** What a hw guest can carry, checked before launch ({@code validate --target hw}). */
public final class HwLimits {
    /** The largest module the original guest copies into its 4 KiB buffer (one byte for the NUL). */
    public static final int MAX_MODULE_BYTES = 4095;

    private HwLimits() {}

    /** A warning when a configuration of {@code size} bytes is over {@link #MAX_MODULE_BYTES}. */
    public static List<Diagnostic> checkSize(long size) {
        return size > MAX_MODULE_BYTES ? List.of(HwDiagnostics.overBuffer(size, MAX_MODULE_BYTES)) : List.of();
    }
}
