/**
 * The kernel command line as a source: a legacy inline configuration after the first {@code {},
 * or {@code _RUMPRUN_ROOTFSCFG=/path}, a configuration file on the root file system.
 */
package io.rumpcfg.source.cmdline;
