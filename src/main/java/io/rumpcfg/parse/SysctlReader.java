package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.model.SysctlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads {@code netbsd: {sysctl: {...}}}, at the root and in rc entries (where each key gets
 * {@code proc.curproc.} prepended). Values are integers (64-bit), booleans or strings; the
 * rlimit keys take a non-negative integer or "unlimited".
 */
final class SysctlReader {
    private static final List<String> NETBSD_KEYS = List.of("sysctl");

    private SysctlReader() {}

    /** @param prefix what the kernel's key starts with beyond the key as written ({@code proc.curproc.} in rc) */
    static List<Sysctl> readNetbsd(Reading reading, Json value, ElementPath path, String prefix) {
        List<Sysctl> out = new ArrayList<>();
        Optional<Json.Obj> netbsd = reading.object(value, path);
        if (netbsd.isEmpty()) {
            return out;
        }
        Map<String, Json.Member> fields = reading.fields(netbsd.get(), path, "netbsd", NETBSD_KEYS);
        Json.Member sysctl = fields.get("sysctl");
        if (sysctl == null) {
            return out;
        }
        ElementPath sysctlPath = path.key("sysctl");
        Optional<Json.Obj> entries = reading.object(sysctl.value(), sysctlPath);
        if (entries.isEmpty()) {
            return out;
        }
        for (Json.Member m : reading.entries(entries.get(), sysctlPath)) {
            ElementPath at = sysctlPath.key(m.key());
            if (!Syntax.isSysctlKey(m.key())) {
                reading.problems.badValue(at, m.keyPosition(), m.key(),
                        "a sysctl name (lower-case words of letters, digits and '_' joined by dots)");
                continue;
            }
            value(reading, prefix + m.key(), m.value(), at, m)
                    .ifPresent(v -> out.add(new Sysctl(m.key(), v, Reading.origin(at, m.value()))));
        }
        return out;
    }

    private static Optional<SysctlValue> value(Reading reading, String fullKey, Json v, ElementPath at, Json.Member m) {
        // The prefix test first spares a Matcher for every other key; the pattern stays the rule.
        if (fullKey.startsWith(Syntax.RLIMIT_PREFIX)) {
            Matcher rlimit = Syntax.RLIMIT_KEY.matcher(fullKey);
            if (rlimit.matches()) {
                return rlimitValue(reading, rlimit, v, at, m);
            }
        }
        if (v instanceof Json.Bool) {
            return Optional.of(new SysctlValue.Bool(((Json.Bool) v).value()));
        }
        if (v instanceof Json.Str) {
            return Optional.of(new SysctlValue.Str(((Json.Str) v).value()));
        }
        if (v instanceof Json.Num && ((Json.Num) v).integral()) {
            return reading.inRange((Json.Num) v, at, Long.MIN_VALUE, Long.MAX_VALUE).map(SysctlValue.Int::new);
        }
        reading.problems.wrongType(at, v, "an integer, a boolean or a string");
        return Optional.empty();
    }

    private static Optional<SysctlValue> rlimitValue(Reading reading, Matcher key, Json v, ElementPath at, Json.Member m) {
        boolean known = true;
        if (!Syntax.RLIMIT_RESOURCES.contains(key.group(1))) {
            reading.problems.badEnum(at, m.keyPosition(), key.group(1), "rlimit resource", Syntax.RLIMIT_RESOURCES,
                    Suggest.nearest(key.group(1), Syntax.RLIMIT_RESOURCES));
            known = false;
        }
        if (!Syntax.RLIMIT_KINDS.contains(key.group(2))) {
            reading.problems.badEnum(at, m.keyPosition(), key.group(2), "rlimit kind", Syntax.RLIMIT_KINDS,
                    Suggest.nearest(key.group(2), Syntax.RLIMIT_KINDS));
            known = false;
        }
        Optional<SysctlValue> value = Optional.empty();
        if (v instanceof Json.Str && ((Json.Str) v).value().equals(Syntax.UNLIMITED)) {
            value = Optional.of(new SysctlValue.Str(Syntax.UNLIMITED));
        } else if (v instanceof Json.Num && ((Json.Num) v).integral()) {
            value = reading.inRange((Json.Num) v, at, 0, Long.MAX_VALUE).map(SysctlValue.Int::new);
        } else {
            reading.problems.wrongType(at, v, "a non-negative integer or \"unlimited\"");
        }
        return known ? value : Optional.empty();
    }
}
