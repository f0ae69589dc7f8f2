/**
 * The kernel command line as a source: a deprecated inline configuration after the first <code>&#123;</code>,
 * or {@code _RUMPRUN_ROOTFSCFG=/path}, a configuration file on the root file system. Its
 * {@link io.rumpcfg.source.cmdline.ConfigText} is how the original guest reads the text of every
 * platform (a module, a xenstore value, a command line), so the hw and xen sources use it too.
 */
package io.rumpcfg.source.cmdline;
