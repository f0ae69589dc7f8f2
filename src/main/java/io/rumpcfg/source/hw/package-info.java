/**
 * The hw (bare metal, KVM, QEMU) source: the configuration is the first Multiboot (v1) module,
 * the kernel command line the deprecated fallback.
 */
package io.rumpcfg.source.hw;
