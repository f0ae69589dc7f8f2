package io.rumpcfg.source;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.Limits;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a source yielded.
 *
 * @param name        the FILE part of diagnostics about this configuration
 * @param config      the configuration's bytes, or empty when the guest boots with no configuration
 * @param baseDir     the directory relative paths resolve against: {@code /}, or {@code /rootfs} for a
 *                    configuration read from the root file system
 * @param bootOptions the {@code key=value} options of the kernel command line
 * @param diagnostics warnings (a deprecated way of passing the configuration) and errors (a bad pointer,
 *                    an unreachable xenstore); with an error the config is always empty
 */
public record SourceResult(
        String name, Optional<byte[]> config, String baseDir, BootOptions bootOptions, List<Diagnostic> diagnostics) {
    /**
     * The most a source reads of a configuration: the parser's default document limit, 64 KiB,
     * which is also what the original reads from a root file system. Sources bound their reads
     * before any parser options exist, so they take the default, not a raised limit.
     */
    public static final int MAX_CONFIG_BYTES = Limits.DEFAULTS.maxDocumentBytes();

    /** The base directory of a configuration handed over by the platform. */
    public static final String ROOT_DIR = "/";

    /**
     * Makes a result, copying the bytes and the diagnostics.
     *
     * @throws NullPointerException     if any component, or any diagnostic, is null
     * @throws IllegalArgumentException if a configuration is present and a diagnostic is an error
     */
    public SourceResult {
        Objects.requireNonNull(name, "name");
        config = copyOf(config);
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(bootOptions, "bootOptions");
        diagnostics = List.copyOf(diagnostics);
        if (config.isPresent() && Diagnostic.anyError(diagnostics)) {
            throw new IllegalArgumentException("a result with errors carries no config");
        }
    }

    /** A configuration found, relative paths against {@code /}. */
    public static SourceResult of(String name, byte[] config, BootOptions options, List<Diagnostic> diagnostics) {
        return new SourceResult(name, Optional.of(config), ROOT_DIR, options, diagnostics);
    }

    /** No configuration: the guest boots with defaults, or, with an error among the diagnostics, not at all. */
    public static SourceResult none(String name, BootOptions options, List<Diagnostic> diagnostics) {
        return new SourceResult(name, Optional.empty(), ROOT_DIR, options, diagnostics);
    }

    /** A copy of the configuration's bytes. */
    @Override
    public Optional<byte[]> config() {
        return copyOf(config);
    }

    /**
     * Whether a diagnostic is an error; then there is no configuration, and the guest does not
     * boot.
     */
    public boolean hasErrors() {
        return Diagnostic.anyError(diagnostics);
    }

    /** This result with relative paths resolving against {@code dir}. */
    public SourceResult withBaseDir(String dir) {
        return new SourceResult(name, config, dir, bootOptions, diagnostics);
    }

    private static Optional<byte[]> copyOf(Optional<byte[]> bytes) {
        return bytes.isPresent() ? Optional.of(bytes.get().clone()) : bytes;
    }
}
