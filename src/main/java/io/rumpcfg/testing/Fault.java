package io.rumpcfg.testing;

import io.rumpcfg.platform.Errno;
import java.util.List;
import java.util.Objects;

/**
 * A failure to inject into a {@link FakePlatform}: either the first platform call a step makes
 * fails (a step fault, named by the step id, e.g. {@code mount:/data}), or every call of one
 * platform method fails (a call fault, named by the method, e.g. {@code writeFile}).
 *
 * @param target a step id, or one of {@link #CALLS}
 * @param errno  the errno the failing call reports
 */
public record Fault(String target, Errno errno) {
    /** The platform methods a call fault can name. */
    public static final List<String> CALLS = List.of(
            "sysctl", "setenv", "ifcreate", "dhcp4", "ifaddr4", "auto6", "ifaddr6", "gateway4", "gateway6",
            "mkdirs", "writeFile", "readFile", "etfsRegister", "vndConfigure", "mount", "bakedBinaries", "spawn");

    /**
     * Makes a fault. The target is not checked against the steps or {@link #CALLS} here: a target
     * that names neither never fires.
     *
     * @throws NullPointerException     if either component is null
     * @throws IllegalArgumentException if {@code target} is empty
     */
    public Fault {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(errno, "errno");
        if (target.isEmpty()) {
            throw new IllegalArgumentException("a fault needs a step id or a platform call");
        }
    }

    /**
     * Reads {@code TARGET=ERRNO}, as given to {@code rumpcfg run --fail}: {@code mount:/data=EIO},
     * {@code writeFile=ENOSPC}. The last {@code =} separates the errno, so step ids may hold
     * one.
     *
     * @throws IllegalArgumentException naming the problem, when the text is not of that form
     */
    public static Fault parse(String spec) {
        int eq = spec.lastIndexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("expected STEP_ID=ERRNO or CALL=ERRNO, got \"" + spec + "\"");
        }
        String name = spec.substring(eq + 1);
        Errno errno;
        try {
            errno = Errno.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown errno \"" + name + "\" in \"" + spec + "\"", e);
        }
        return new Fault(spec.substring(0, eq), errno);
    }

    /** Whether this fault names a platform method rather than a step. */
    public boolean isCallFault() {
        return CALLS.contains(target);
    }

    @Override
    public String toString() {
        return target + "=" + errno;
    }
}
