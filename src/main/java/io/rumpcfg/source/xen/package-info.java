/**
 * The Xen source and its host-side half: a xenstore client speaking the wire protocol, the guest
 * source reading {@code /local/domain/<domid>/rumprun/cfg}, and the writer a launcher uses to put
 * a configuration there before unpausing the domain.
 */
package io.rumpcfg.source.xen;
