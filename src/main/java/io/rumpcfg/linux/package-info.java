/**
 * {@link io.rumpcfg.linux.LinuxPlatform}: a platform that applies a configuration for real on
 * Linux, with the guest in namespaces made for the run, driven through the machine's own
 * programs (util-linux, iproute2, mount, a DHCP client).
 */
package io.rumpcfg.linux;
