package io.rumpcfg.source.xen;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;

/** The xen source's diagnostic codes and the shape of their messages. */
public final class XenDiagnostics {
    /** The xenstore daemon could not be reached. */
    public static final String UNREACHABLE = "xen.unreachable";
    /** The daemon answered with an error other than "no such key". */
    public static final String ERROR_REPLY = "xen.error-reply";
    /** The daemon's reply broke the protocol, or did not come in time. */
    public static final String PROTOCOL = "xen.protocol";
    /** The WRITE of the configuration would exceed the xenstore payload limit. */
    public static final String PAYLOAD_TOO_LARGE = "xen.payload-too-large";
    /** The configuration is over the default per-value quota of oxenstored. */
    public static final String OVER_QUOTA = "xen.over-quota";
    /** The start_info command line is longer than Xen keeps: the guest reads it cut short. */
    public static final String CMDLINE_CUT = "xen.cmdline-cut";

    private XenDiagnostics() {}

    /** One diagnostic for a failed request, its code chosen by how it failed. */
    static Diagnostic failed(String what, XenstoreException e) {
        String code = switch (e.kind()) {
            case UNREACHABLE -> UNREACHABLE;
            case ERROR_REPLY -> ERROR_REPLY;
            case TOO_LARGE -> PAYLOAD_TOO_LARGE;
            case PROTOCOL, TIMEOUT -> PROTOCOL;
        };
        return Diagnostic.error(code, Origin.SYNTHETIC, what + ": " + e.getMessage());
    }

    static String payloadMessage(String path, long size) {
        return "writing " + path + " takes a payload of " + size + " bytes (path, NUL and config), over the "
                + "xenstore limit of " + XenstoreWire.MAX_PAYLOAD + " bytes";
    }

    static Diagnostic payloadTooLarge(String path, long size) {
        return Diagnostic.error(PAYLOAD_TOO_LARGE, Origin.SYNTHETIC, payloadMessage(path, size));
    }

    static Diagnostic overQuota(long size, int quota) {
        return Diagnostic.warning(OVER_QUOTA, Origin.SYNTHETIC, "config is " + size + " bytes, over the "
                + quota + "-byte per-value quota of a default oxenstored (quota-maxsize); such a daemon refuses it");
    }

    static Diagnostic cmdlineCut(long size) {
        return Diagnostic.warning(CMDLINE_CUT, Origin.SYNTHETIC, "the start_info command line is " + size
                + " bytes; Xen keeps only the first " + XenLimits.MAX_START_INFO_CMDLINE + " (its 1024-byte field "
                + "ends in a NUL), so it is read as the guest gets it, cut there");
    }
}
