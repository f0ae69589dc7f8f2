package io.rumpcfg.internal;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import io.rumpcfg.model.Severity;

/**
 * The one rule for a name given twice across repeated root keys (a sysctl, an env name, a blk
 * device, a mountpoint, an interface, a gateway's type): an error, {@link Code#DUPLICATE}, at
 * the second, naming where the first is. The reader reports it for a document; the planner
 * for a configuration made in code, which no reader saw.
 */
public final class GivenTwice {
    private GivenTwice() {}

    /** {@code what} {@code name}, at {@code path} and {@code at}, was declared before at {@code first}. */
    public static Diagnostic diagnostic(ElementPath path, Position at, String what, String name, Origin first) {
        String where = first.position().isKnown() ? first.position().toString()
                : first.path().isRoot() ? "(built in)" : first.path().toString();
        return new Diagnostic(Severity.ERROR, Code.DUPLICATE, what + " " + Diagnostic.quote(name)
                + " already declared at " + where, path, at);
    }
}
