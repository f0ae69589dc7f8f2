package io.rumpcfg.source;

/**
 * A place a guest's configuration is read from at boot.
 *
 * <p>{@link #read} never throws for bad input or an unreachable platform: every problem is a
 * diagnostic in the result. (Should an implementation throw anyway, {@link
 * io.rumpcfg.Rumpcfg#boot(ConfigSource, io.rumpcfg.platform.Platform, io.rumpcfg.BootSettings)}
 * turns it into a rejected boot.) Neither method returns null.
 *
 * <p>Read a source once per boot: reading may act on the platform (mount the root file system
 * for {@code _RUMPRUN_ROOTFSCFG}), and a second read can fail where the first succeeded. The
 * result, or the boot report, carries everything the read found: the name to render
 * diagnostics with and the boot options. A source is not safe for concurrent reads unless its
 * class says so.
 */
public interface ConfigSource {
    /**
     * The source's own name, e.g. {@code xenstore:/local/domain/5/rumprun/cfg} or
     * {@code cmdline}. Diagnostics about the configuration it yields are rendered with
     * {@link SourceResult#name()} instead, which names where the configuration was actually
     * found ({@code rootfs:/rootfs/etc/guest.json}, {@code multiboot module 0}).
     */
    String name();

    /**
     * Reads the configuration, reading at most {@link SourceResult#MAX_CONFIG_BYTES} of it.
     *
     * @return what the source yielded, problems as diagnostics; never null
     */
    SourceResult read();
}
