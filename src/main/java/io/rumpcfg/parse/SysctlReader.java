package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.model.SysctlValue;
import java.util.List;

/**
 * Reads {@code netbsd: {sysctl: {...}}}, at the root and in rc entries (where each key gets
 * {@code proc.curproc.} prepended). Values are integers (64-bit), booleans or strings; the
 * rlimit keys take a non-negative integer or "unlimited".
 */
final class SysctlReader {
    private static final Fields.Known NETBSD = Fields.Known.of(List.of("sysctl"));
    /** The kind of name a root sysctl key is, unique in a document. */
    private static final String SYSCTL = "sysctl";

    private SysctlReader() {}

    /** @param prefix what the kernel's key starts with beyond the key as written ({@code proc.curproc.} in rc) */
    static List<Sysctl> readNetbsd(Reading reading, int value, ElementPath path, String prefix) {
        if (!reading.object(value, path)) {
            return List.of();
        }
        int sysctl = reading.fields(value, path, "netbsd", NETBSD).value("sysctl");
        if (sysctl == Tape.NONE) {
            return List.of();
        }
        ElementPath sysctlPath = path.key("sysctl");
        if (!reading.object(sysctl, sysctlPath)) {
            return List.of();
        }
        Tape t = reading.tape;
        int[] entries = reading.entries(sysctl, sysctlPath);
        // At the root a key is unique across repeated netbsd keys, as every name of a document
        // is; an rc entry's sysctl are its own.
        boolean declared = !prefix.isEmpty() || reading.declareAll(SYSCTL, entries);
        Sysctl[] out = new Sysctl[entries.length];
        int kept = 0;
        for (int m : entries) {
            String key = t.text(m);
            if (!Syntax.isSysctlKey(key)) {
                reading.problems.badValue(sysctlPath.key(key), t.position(m), key,
                        "a sysctl name (lower-case words of letters, digits and '_' joined by dots)");
                continue;
            }
            if (!declared && !reading.declare(SYSCTL, key, sysctlPath.key(key), t.position(m))) {
                continue;
            }
            int v = Tape.value(m);
            String fullKey = prefix.isEmpty() ? key : prefix + key;
            // The usual value is told good without its path, made only for a problem; its
            // origin makes the path only if asked.
            SysctlValue parsed = plainValue(reading, fullKey, v);
            if (parsed != null) {
                out[kept++] = new Sysctl(key, parsed, t.memberOrigin(sysctlPath, key, v));
                continue;
            }
            ElementPath at = sysctlPath.key(key);
            parsed = value(reading, fullKey, v, at, m);
            if (parsed != null) {
                out[kept++] = new Sysctl(key, parsed, reading.origin(at, v));
            }
        }
        return Reading.list(out, kept);
    }

    /**
     * The value {@code v} of a sysctl that cannot be wrong (not an rlimit; a boolean, a string
     * or an integer short enough to fit), as {@link #value} reads it; null for any other,
     * which {@link #value} reads.
     */
    private static SysctlValue plainValue(Reading reading, String fullKey, int v) {
        Tape t = reading.tape;
        if (Syntax.rlimit(fullKey) != null) {
            return null;
        }
        if (t.isBoolean(v)) {
            return new SysctlValue.Bool(t.booleanValue(v));
        }
        if (t.isString(v)) {
            return new SysctlValue.Str(t.text(v));
        }
        return t.isIntegral(v) && reading.isShort(v) ? new SysctlValue.Int(reading.shortValue(v)) : null;
    }

    /**
     * The value of sysctl member {@code m} that {@link #plainValue} leaves: an rlimit's, or an
     * integer too long to be sure it fits; null, reported, when it is wrong.
     */
    private static SysctlValue value(Reading reading, String fullKey, int v, ElementPath at, int m) {
        Tape t = reading.tape;
        String[] rlimit = Syntax.rlimit(fullKey);
        if (rlimit != null) {
            return rlimitValue(reading, rlimit[0], rlimit[1], v, at, m);
        }
        if (t.isIntegral(v)) {
            return integer(reading, v, at, Long.MIN_VALUE);
        }
        reading.problems.wrongType(at, t, v, "an integer, a boolean or a string");
        return null;
    }

    /** The integer {@code v} if at least {@code min}, or null, reported; a short one (the usual) parsed once. */
    private static SysctlValue integer(Reading reading, int v, ElementPath at, long min) {
        if (reading.isShort(v)) {
            long n = reading.shortValue(v);
            if (n >= min) {
                return new SysctlValue.Int(n);
            }
        }
        return reading.inRange(v, at, min, Long.MAX_VALUE) ? new SysctlValue.Int(reading.tape.longValue(v)) : null;
    }

    private static SysctlValue rlimitValue(Reading reading, String resource, String kind, int v, ElementPath at, int m) {
        Tape t = reading.tape;
        boolean known = true;
        if (!Syntax.RLIMIT_RESOURCES.contains(resource)) {
            reading.problems.badEnum(at, t.position(m), resource, "rlimit resource", Syntax.RLIMIT_RESOURCES,
                    Suggest.nearest(resource, Syntax.RLIMIT_RESOURCES));
            known = false;
        }
        if (!Syntax.RLIMIT_KINDS.contains(kind)) {
            reading.problems.badEnum(at, t.position(m), kind, "rlimit kind", Syntax.RLIMIT_KINDS,
                    Suggest.nearest(kind, Syntax.RLIMIT_KINDS));
            known = false;
        }
        SysctlValue value = null;
        if (t.isString(v) && t.text(v).equals(Syntax.UNLIMITED)) {
            value = new SysctlValue.Str(Syntax.UNLIMITED);
        } else if (t.isIntegral(v)) {
            value = integer(reading, v, at, 0);
        } else {
            reading.problems.wrongType(at, t, v, "a non-negative integer or \"unlimited\"");
        }
        return known ? value : null;
    }
}
