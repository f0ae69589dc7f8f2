package io.rumpcfg.source.xen;

import io.rumpcfg.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** What xenstore can carry, checked before launch ({@code validate --target xen}) and before a write. */
public final class XenLimits {
    /** The most a xenstore message carries: for a write, path, NUL and value together. */
    public static final int MAX_PAYLOAD = XenstoreWire.MAX_PAYLOAD;
    /** oxenstored's default quota-maxsize: the most one value may hold. */
    public static final int DEFAULT_VALUE_QUOTA = 2048;
    /**
     * The most of a start_info command line a guest gets: Xen's toolstack copies it into a
     * MAX_GUEST_CMDLINE (1024) byte field, the last byte always NUL, and drops the rest.
     */
    public static final int MAX_START_INFO_CMDLINE = 1023;
    /** The highest domain id a guest can have (DOMID_FIRST_RESERVED - 1); its key path is the longest. */
    public static final int MAX_DOMID = 0x7FEF;

    private XenLimits() {}

    /**
     * An error when writing {@code size} config bytes for {@code domid} exceeds {@link #MAX_PAYLOAD},
     * a warning when {@code size} exceeds {@link #DEFAULT_VALUE_QUOTA}.
     */
    public static List<Diagnostic> checkSize(int domid, long size) {
        String path = XenstoreSource.configPath(domid);
        long payload = XenstoreWire.writePayloadSize(path, size);
        return check(size, payload, XenDiagnostics.payloadTooLarge(path, payload));
    }

    /**
     * As {@link #checkSize(int, long)} when the domain id is not known yet: the longest path is
     * assumed, and the message names the key with {@code <domid>}, not a domain the user never gave.
     */
    public static List<Diagnostic> checkSize(long size) {
        String longest = XenstoreSource.configPath(MAX_DOMID);
        long payload = XenstoreWire.writePayloadSize(longest, size);
        long most = MAX_PAYLOAD - XenstoreWire.writePayloadSize(longest, 0);
        return check(size, payload, XenDiagnostics.payloadTooLargeAnyDomain(payload, most));
    }

    /** {@code tooLarge} when {@code payload} is over {@link #MAX_PAYLOAD}, and the quota's warning. */
    private static List<Diagnostic> check(long size, long payload, Diagnostic tooLarge) {
        List<Diagnostic> out = new ArrayList<>();
        if (payload > MAX_PAYLOAD) {
            out.add(tooLarge);
        }
        if (size > DEFAULT_VALUE_QUOTA) {
            out.add(XenDiagnostics.overQuota(size, DEFAULT_VALUE_QUOTA));
        }
        return out;
    }
}
