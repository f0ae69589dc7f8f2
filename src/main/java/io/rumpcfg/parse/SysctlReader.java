package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.model.SysctlValue;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code netbsd: {sysctl: {...}}}, at the root and in rc entries (where each key gets
 * {@code proc.curproc.} prepended). Values are integers (64-bit), booleans or strings; the
 * rlimit keys take a non-negative integer or "unlimited".
 */
final class SysctlReader {
    enum NetbsdKey implements Shape.Key { SYSCTL }

    private static final Shape<NetbsdKey> NETBSD = Shape.of("netbsd", NetbsdKey.values());

    private SysctlReader() {}

    /** @param prefix what the kernel's key starts with beyond the key as written ({@code proc.curproc.} in rc) */
    static List<Sysctl> readNetbsd(Reading reading, int value, ElementPath path, String prefix) {
        if (!reading.object(value, path)) {
            return List.of();
        }
        int sysctl = reading.members(value, path, NETBSD).value(NetbsdKey.SYSCTL);
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
        if (prefix.isEmpty()) {
            reading.unique.keys(UniqueNames.Kind.SYSCTL, sysctlPath, entries);
        }
        Sysctl[] out = new Sysctl[entries.length];
        int kept = 0;
        for (int m : entries) {
            String key = t.text(m);
            if (!Syntax.isSysctlKey(key)) {
                reading.problems.badValue(sysctlPath.key(key), t.position(m), key,
                        "a sysctl name (lower-case words of letters, digits and '_' joined by dots)");
                continue;
            }
            int v = Tape.value(m);
            String fullKey = prefix.isEmpty() ? key : prefix + key;
            // The usual value is told good without its path, made only for a problem; its
            // origin makes the path only if asked.
            Optional<SysctlValue> plain = plainValue(reading, fullKey, v);
            if (plain.isPresent()) {
                out[kept++] = new Sysctl(key, plain.get(), t.memberOrigin(sysctlPath, key, v));
                continue;
            }
            ElementPath at = sysctlPath.key(key);
            Optional<SysctlValue> parsed = value(reading, fullKey, v, at, m);
            if (parsed.isPresent()) {
                out[kept++] = new Sysctl(key, parsed.get(), reading.origin(at, v));
            }
        }
        return Reading.list(out, kept);
    }

    /**
     * The value {@code v} of a sysctl that cannot be wrong (not an rlimit; a boolean, a string
     * or an integer short enough to fit), as {@link #value} reads it; empty for any other,
     * which {@link #value} reads.
     */
    private static Optional<SysctlValue> plainValue(Reading reading, String fullKey, int v) {
        Tape t = reading.tape;
        if (Syntax.rlimit(fullKey).isPresent()) {
            return Optional.empty();
        }
        if (t.isBoolean(v)) {
            return Optional.of(new SysctlValue.Bool(t.booleanValue(v)));
        }
        if (t.isString(v)) {
            return Optional.of(new SysctlValue.Str(t.text(v)));
        }
        return t.isIntegral(v) && reading.isShort(v) ? Optional.of(new SysctlValue.Int(reading.shortValue(v)))
                : Optional.empty();
    }

    /**
     * The value of sysctl member {@code m} that {@link #plainValue} leaves: an rlimit's, or an
     * integer too long to be sure it fits; empty, reported, when it is wrong.
     */
    private static Optional<SysctlValue> value(Reading reading, String fullKey, int v, ElementPath at, int m) {
        Tape t = reading.tape;
        Optional<Syntax.Rlimit> rlimit = Syntax.rlimit(fullKey);
        if (rlimit.isPresent()) {
            return rlimitValue(reading, rlimit.get(), v, at, m);
        }
        if (t.isIntegral(v)) {
            return integer(reading, v, at, Long.MIN_VALUE);
        }
        reading.problems.wrongType(at, t, v, "an integer, a boolean or a string");
        return Optional.empty();
    }

    /** The integer {@code v} if at least {@code min}; empty, reported, when not. A short one (the usual) is parsed once. */
    private static Optional<SysctlValue> integer(Reading reading, int v, ElementPath at, long min) {
        if (reading.isShort(v)) {
            long n = reading.shortValue(v);
            if (n >= min) {
                return Optional.of(new SysctlValue.Int(n));
            }
        }
        return reading.inRange(v, at, min, Long.MAX_VALUE) ? Optional.of(new SysctlValue.Int(reading.tape.longValue(v)))
                : Optional.empty();
    }

    private static Optional<SysctlValue> rlimitValue(Reading reading, Syntax.Rlimit rlimit, int v, ElementPath at, int m) {
        Tape t = reading.tape;
        boolean known = true;
        if (!Syntax.RLIMIT_RESOURCES.contains(rlimit.resource())) {
            reading.problems.badEnum(at, t.position(m), rlimit.resource(), "rlimit resource", Syntax.RLIMIT_RESOURCES,
                    Suggest.nearest(rlimit.resource(), Syntax.RLIMIT_RESOURCES));
            known = false;
        }
        if (!Syntax.RLIMIT_KINDS.contains(rlimit.kind())) {
            reading.problems.badEnum(at, t.position(m), rlimit.kind(), "rlimit kind", Syntax.RLIMIT_KINDS,
                    Suggest.nearest(rlimit.kind(), Syntax.RLIMIT_KINDS));
            known = false;
        }
        Optional<SysctlValue> value = Optional.empty();
        if (t.isString(v) && t.text(v).equals(Syntax.UNLIMITED)) {
            value = Optional.of(new SysctlValue.Str(Syntax.UNLIMITED));
        } else if (t.isIntegral(v)) {
            value = integer(reading, v, at, 0);
        } else {
            reading.problems.wrongType(at, t, v, "a non-negative integer or \"unlimited\"");
        }
        return known ? value : Optional.empty();
    }
}
