package io.rumpcfg.convert;

import java.util.Optional;

/** Which guests an older-format document is written for. */
public enum OlderDialect {
    /** rumprun master and its launcher's guests (hw, Xen): no {@code cwd}, Xen etfs disks only. */
    MASTER("master"),
    /**
     * The Solo5 forks of rumprun (nabla, cloudkernels) that urunc and runnc start: also
     * {@code cwd}, a block device named {@code /dev/<name>}, a mount at {@code /} (union-mounted).
     */
    SOLO5("solo5");

    private final String token;

    OlderDialect(String token) {
        this.token = token;
    }

    /** The name on the command line: {@code master}, {@code solo5}. */
    public String token() {
        return token;
    }

    /** The dialect named {@code token} on the command line, or empty when none is named so. */
    public static Optional<OlderDialect> fromToken(String token) {
        for (OlderDialect d : values()) {
            if (d.token.equals(token)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
