/**
 * Where a configuration comes from at boot: the {@link io.rumpcfg.source.ConfigSource} SPI
 * and its result.
 *
 * <p>One package per platform implements the SPI: {@code hw} (the first multiboot module),
 * {@code xen} (the xenstore key {@code rumprun/cfg}) and {@code cmdline} (the kernel command
 * line and {@code _RUMPRUN_ROOTFSCFG}). {@code spec}, above them all, turns a
 * {@code --source SPEC} into a source. Dependencies go one way: the platform packages use
 * this one, {@code hw} and {@code xen} also {@code cmdline} (the text every platform hands
 * over is read the same way, and the command line is their fallback), and only
 * {@code spec} uses them all.
 */
package io.rumpcfg.source;
