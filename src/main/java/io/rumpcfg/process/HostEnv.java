package io.rumpcfg.process;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Environment variables a {@link ProcessPlatform} refuses unless allowed by name: those with
 * which any host program, or the shell or interpreter a script bin runs in, loads, runs or
 * writes a file the variable names, whatever that program is. A configuration may choose only
 * which allowed executables run with which argv; these would let it run host code that
 * {@code --bin-path} never named (an {@code LD_PRELOAD} library runs in every program).
 *
 * <p>The list covers the C library's loader and well-known start-up hooks, not every variable
 * some program reads: a program given with {@code --bin-path} is trusted with its environment.
 */
public final class HostEnv {
    private HostEnv() {}

    /** One kind of refused variable: exact names, name prefixes, and why. */
    private record Kind(Set<String> names, List<String> prefixes, String why) {
        boolean covers(String name) {
            return names.contains(name) || prefixes.stream().anyMatch(name::startsWith);
        }
    }

    private static final List<Kind> REFUSED = List.of(
            new Kind(Set.of(), List.of("LD_"),
                    "the host's dynamic loader reads it (LD_PRELOAD and LD_AUDIT load any library into every program)"),
            new Kind(Set.of("GCONV_PATH", "GLIBC_TUNABLES", "LOCPATH", "NLSPATH", "HOSTALIASES"), List.of("MALLOC_"),
                    "the host's C library reads it to load a module or file it names, or to change how it runs "
                            + "(MALLOC_TRACE writes a file anywhere)"),
            new Kind(Set.of("BASH_ENV", "ENV", "SHELLOPTS", "BASHOPTS"), List.of("BASH_FUNC_"),
                    "a host shell reads it at start-up and runs the commands it names"),
            new Kind(Set.of("PERL5OPT", "PERL5LIB", "PERLLIB", "PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP",
                    "RUBYOPT", "RUBYLIB", "NODE_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS"), List.of(),
                    "a host interpreter reads it at start-up and loads the code it names"));

    /** Why {@code name} is refused, when it is. */
    public static Optional<String> whyRefused(String name) {
        for (Kind kind : REFUSED) {
            if (kind.covers(name)) {
                return Optional.of(kind.why);
            }
        }
        return Optional.empty();
    }
}
