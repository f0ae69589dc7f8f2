package io.rumpcfg.source.xen;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;

/** The shape of the xen source's messages, under their {@link Code}s. */
public final class XenDiagnostics {
    private XenDiagnostics() {}

    /** One diagnostic for a failed request, its code chosen by how it failed. */
    static Diagnostic failed(String what, XenstoreException e) {
        Code code = switch (e.kind()) {
            case UNREACHABLE -> Code.XEN_UNREACHABLE;
            case ERROR_REPLY -> Code.XEN_ERROR_REPLY;
            case TOO_LARGE -> Code.XEN_PAYLOAD_TOO_LARGE;
            case PROTOCOL, TIMEOUT -> Code.XEN_PROTOCOL;
        };
        return Diagnostic.error(code, Origin.SYNTHETIC, what + ": " + e.getMessage());
    }

    static String payloadMessage(String path, long size) {
        return "writing " + path + " takes a payload of " + size + " bytes (path, NUL and config), over the "
                + "xenstore limit of " + XenstoreWire.MAX_PAYLOAD + " bytes";
    }

    static Diagnostic payloadTooLarge(String path, long size) {
        return Diagnostic.error(Code.XEN_PAYLOAD_TOO_LARGE, Origin.SYNTHETIC, payloadMessage(path, size));
    }

    /** As {@link #payloadTooLarge} before the domain is known: the longest key path is assumed, and not named. */
    static Diagnostic payloadTooLargeAnyDomain(long size, long mostConfig) {
        return Diagnostic.error(Code.XEN_PAYLOAD_TOO_LARGE, Origin.SYNTHETIC, "writing the configuration to "
                + "/local/domain/<domid>/rumprun/cfg takes a payload of up to " + size + " bytes (path, NUL and config),"
                + " over the xenstore limit of " + XenstoreWire.MAX_PAYLOAD + " bytes: a configuration fits any domain"
                + " id up to " + mostConfig + " bytes");
    }

    static Diagnostic overQuota(long size, int quota) {
        return Diagnostic.warning(Code.XEN_OVER_QUOTA, Origin.SYNTHETIC, "config is " + size + " bytes, over the "
                + quota + "-byte per-value quota of a default oxenstored (quota-maxsize); such a daemon refuses it");
    }

    static Diagnostic cmdlineCut(long size) {
        return Diagnostic.warning(Code.XEN_CMDLINE_CUT, Origin.SYNTHETIC, "the start_info command line is " + size
                + " bytes; Xen keeps only the first " + XenLimits.MAX_START_INFO_CMDLINE + " (its 1024-byte field "
                + "ends in a NUL), so it is read as the guest gets it, cut there");
    }
}
