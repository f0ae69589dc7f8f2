/**
 * For people who test code that boots rumprun configurations: {@link io.rumpcfg.testing.FakePlatform},
 * a complete in-memory {@link io.rumpcfg.platform.Platform} with baked binaries written as Java
 * functions, failure injection and a readable dump of its state.
 */
package io.rumpcfg.testing;
