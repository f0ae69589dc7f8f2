/**
 * Where a configuration comes from at boot: the {@link io.rumpcfg.source.ConfigSource} SPI,
 * its result, and {@link io.rumpcfg.source.Sources}, which turns a {@code --source SPEC} into
 * a source.
 *
 * <p>One package per platform implements the SPI: {@code hw} (the first multiboot module),
 * {@code xen} (the xenstore key {@code rumprun/cfg}) and {@code cmdline} (the kernel command
 * line and {@code _RUMPRUN_ROOTFSCFG}).
 */
package io.rumpcfg.source;
