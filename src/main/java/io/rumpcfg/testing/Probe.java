package io.rumpcfg.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The baked binaries {@link PlatformContract} starts, by behaviour. A runtime author bakes
 * each in under {@link #binName()}: as {@link #asBakedBinary()} on a {@link FakePlatform}, as
 * the {@code /bin/sh} script {@link #shellScript()} on a host, or as an equivalent program
 * on a real guest. Parameters come from argv[1..], so a platform that cannot set argv[0]
 * still runs them.
 */
public enum Probe {
    /**
     * Prints {@code arg <a>} for each argv[1..] element, then {@code env NAME=VALUE} for each
     * variable (any order), and exits 0. A probe that can see its working directory also prints
     * {@code cwd <dir>} ({@link #shellScript()} does; a {@link FakePlatform} binary cannot).
     */
    REPORT("report"),
    /** Copies its stdin to its stdout, and exits 0. */
    CAT("cat"),
    /** Exits with the status given as argv[1]. */
    EXIT("exit");

    private final String binName;

    Probe(String binName) {
        this.binName = binName;
    }

    /** The name the contract spawns this probe under. */
    public String binName() {
        return binName;
    }

    /** This probe as a {@link FakePlatform} binary. */
    public BakedBinary asBakedBinary() {
        switch (this) {
            case REPORT:
                return (argv, env, stdin, stdout) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    for (String a : argv.subList(1, argv.size())) {
                        out.writeBytes(("arg " + a + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                    for (Map.Entry<String, String> e : env.entrySet()) {
                        out.writeBytes(("env " + e.getKey() + "=" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                    stdout.write(out.toByteArray());
                    return 0;
                };
            case CAT:
                return (argv, env, stdin, stdout) -> {
                    stdin.transferTo(stdout);
                    return 0;
                };
            default:
                return (argv, env, stdin, stdout) -> Integer.parseInt(argv.get(1));
        }
    }

    /** This probe as a POSIX {@code /bin/sh} script, for platforms that run host programs. */
    public String shellScript() {
        switch (this) {
            case REPORT:
                return "#!/bin/sh\nfor a in \"$@\"; do printf 'arg %s\\n' \"$a\"; done\n"
                        + "env | while IFS= read -r line; do printf 'env %s\\n' \"$line\"; done\n"
                        + "printf 'cwd %s\\n' \"$(pwd -P)\"\nexit 0\n";
            case CAT:
                return "#!/bin/sh\nexec cat\n";
            default:
                return "#!/bin/sh\nexit \"$1\"\n";
        }
    }

    /** Every probe's bin name, in declaration order. */
    public static List<String> binNames() {
        return Arrays.stream(values()).map(Probe::binName).toList();
    }
}
