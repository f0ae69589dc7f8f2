package io.rumpcfg.source.hw;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;
import io.rumpcfg.source.SourceDiagnostics;

/**
 * The shape of the hw source's messages, under their {@link Code}s. A configuration larger
 * than the original hw guest's buffer is a warning before launch, an error for boot
 * information a guest was already handed (it halted).
 */
public final class HwDiagnostics {
    private HwDiagnostics() {}

    static Diagnostic outsideMemory(String what, long start, long end, long size) {
        return Diagnostic.error(Code.HW_OUTSIDE_MEMORY, Origin.SYNTHETIC, String.format(
                "%s [0x%x, 0x%x) lies outside guest memory of 0x%x bytes", what, start, end, size));
    }

    static Diagnostic endBeforeStart(int index, long start, long end) {
        return Diagnostic.error(Code.HW_END_BEFORE_START, Origin.SYNTHETIC, String.format(
                "module %d ends (mod_end 0x%x) before it starts (mod_start 0x%x)", index, end, start));
    }

    static Diagnostic noTerminator(String what, long address, long searched) {
        return Diagnostic.error(Code.HW_NO_TERMINATOR, Origin.SYNTHETIC, String.format(
                "%s at 0x%x has no NUL terminator within %d bytes", what, address, searched));
    }

    static Diagnostic overBuffer(long size, int limit) {
        return Diagnostic.warning(Code.HW_OVER_BUFFER, Origin.SYNTHETIC, "config is " + size
                + " bytes, over the " + limit + " bytes an original rumprun hw guest takes as its first module "
                + "(it halts on one of " + (limit + 1) + " bytes or more); such a guest halts at boot");
    }

    static Diagnostic moduleTooLong(String module, long size) {
        return Diagnostic.error(Code.HW_OVER_BUFFER, Origin.SYNTHETIC, "module 0 " + SourceDiagnostics.quote(module) + " is " + size
                + " bytes; the original hw guest halts (\"command line too long\") on a first module of "
                + (HwLimits.MAX_MODULE_BYTES + 1) + " bytes or more");
    }

    static Diagnostic cmdlineTooLong(long size) {
        return Diagnostic.error(Code.HW_OVER_BUFFER, Origin.SYNTHETIC, "the command line is " + size
                + " bytes; with no module, the original hw guest halts (\"command line too long\") on one of "
                + (HwLimits.MAX_CMDLINE_BYTES + 1) + " bytes or more");
    }
}
