package io.rumpcfg.source;

/**
 * A place a guest's configuration is read from at boot.
 *
 * <p>{@link #read} never throws for bad input or an unreachable platform: every problem is a
 * diagnostic in the result.
 */
public interface ConfigSource {
    /** The name used as the FILE part of diagnostics, e.g. {@code xenstore:/local/domain/5/rumprun/cfg}. */
    String name();

    /** Reads the configuration, reading at most {@link SourceResult#MAX_CONFIG_BYTES} of it. */
    SourceResult read();
}
