package io.rumpcfg.source;

/**
 * A place a guest's configuration is read from at boot.
 *
 * <p>{@link #read} never throws for bad input or an unreachable platform: every problem is a
 * diagnostic in the result.
 *
 * <p>A source is read once, at boot, on one thread: {@link #read} may consume its input
 * (standard input) or act on the guest (mount the root file system for
 * {@code _RUMPRUN_ROOTFSCFG}), so a second read, or two at once, need not give the same result.
 */
public interface ConfigSource {
    /** The name used as the FILE part of diagnostics, e.g. {@code xenstore:/local/domain/5/rumprun/cfg}. */
    String name();

    /** Reads the configuration, reading at most {@link SourceResult#MAX_CONFIG_BYTES} of it. */
    SourceResult read();
}
