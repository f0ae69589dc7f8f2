/**
 * rumpcfg: reads, checks, plans and applies the JSON configuration a rumprun unikernel boots
 * with. {@link io.rumpcfg.Rumpcfg} is the front door, one call for each of what a tool and a
 * runtime need; the packages below it are the stages it runs.
 * <ul>
 *   <li>{@code source}: where a guest's configuration comes from at boot (a multiboot module,
 *       xenstore, the kernel command line);</li>
 *   <li>{@code parse}: the document read into the typed {@code model}, with every diagnostic;</li>
 *   <li>{@code plan}: the configuration's effects as ordered steps;</li>
 *   <li>{@code exec}: the steps applied through a {@code platform}, the SPI a runtime
 *       implements;</li>
 *   <li>{@code convert}: a configuration written back, in this format or the older one;</li>
 *   <li>{@code testing}: a fake platform, assertions and the conformance kits, for tests.</li>
 * </ul>
 */
package io.rumpcfg;
