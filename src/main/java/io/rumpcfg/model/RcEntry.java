package io.rumpcfg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One program to start.
 *
 * @param bin     the name the binary was baked under; {@code "*"} is the deprecated alias of
 *                the first baked binary
 * @param argv    the whole argv, argv[0] included, as written; may be empty
 * @param runmode how it runs relative to the next entry
 * @param workdir the directory it starts in, when given
 * @param sysctl  per-process sysctl, keys as written (without {@code proc.curproc.})
 * @param origin  where the entry was written; {@link Origin#SYNTHETIC} for the default entries
 */
public record RcEntry(
        String bin,
        List<String> argv,
        RunMode runmode,
        Optional<String> workdir,
        List<Sysctl> sysctl,
        Origin origin) {

    /** The workdir of an entry that names none. */
    public static final String DEFAULT_WORKDIR = "/";
    /** The prefix every per-process sysctl key gets. */
    public static final String PROC_SYSCTL_PREFIX = "proc.curproc.";
    /** The deprecated alias for the first baked binary. */
    public static final String FIRST_BAKED = "*";

    /**
     * Makes an entry, copying the lists.
     *
     * @throws NullPointerException if any component, or any list element, is null
     */
    public RcEntry {
        Objects.requireNonNull(bin, "bin");
        argv = List.copyOf(argv);
        Objects.requireNonNull(runmode, "runmode");
        Objects.requireNonNull(workdir, "workdir");
        sysctl = List.copyOf(sysctl);
        Objects.requireNonNull(origin, "origin");
    }

    /** The entry that runs a baked binary when the config has no {@code rc}. */
    public static RcEntry baked(String name) {
        return new RcEntry(name, List.of(name), RunMode.WAIT, Optional.empty(), List.of(), Origin.SYNTHETIC);
    }

    /**
     * This entry with {@value #FIRST_BAKED} replaced by the first of {@code baked}, the names
     * baked into the unikernel in bake order; unchanged when it names a binary or none is known.
     */
    public RcEntry resolvedAgainst(List<String> baked) {
        if (!bin.equals(FIRST_BAKED) || baked.isEmpty()) {
            return this;
        }
        return new RcEntry(baked.get(0), argv, runmode, workdir, sysctl, origin);
    }

    /** argv as the program sees it: {@code [bin]} when none was given. */
    public List<String> effectiveArgv() {
        return argv.isEmpty() ? List.of(bin) : argv;
    }

    /** The directory the program starts in. */
    public String effectiveWorkdir() {
        return workdir.orElse(DEFAULT_WORKDIR);
    }
}
