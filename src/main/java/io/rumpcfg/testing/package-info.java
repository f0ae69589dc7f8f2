/**
 * For people who test code that boots rumprun configurations, and for runtime authors:
 * <ul>
 *   <li>{@link io.rumpcfg.testing.RumpcfgAssertions}: fluent assertions over a configuration, its
 *       plan and its effects on a fake platform;</li>
 *   <li>{@link io.rumpcfg.testing.PlatformContract}: the Platform SPI's contract as JUnit 5 tests,
 *       for a runtime's own platform, with the {@link io.rumpcfg.testing.Probe} programs it runs;</li>
 *   <li>{@link io.rumpcfg.testing.ConformanceKit}: the conformance vectors, shipped in this jar
 *       ({@link io.rumpcfg.testing.ConformanceVector}), as JUnit 5 tests on a runtime's own
 *       platform, observed through a {@link io.rumpcfg.testing.PlatformState};</li>
 *   <li>{@link io.rumpcfg.testing.FakePlatform}: a complete in-memory
 *       {@link io.rumpcfg.platform.Platform} with baked binaries written as Java functions, failure
 *       injection and a readable dump of its state.</li>
 * </ul>
 * The assertions and the kits need JUnit 5 on the class path (rumpcfg declares it
 * {@code provided}). docs/testing-harness.md shows them in use.
 */
package io.rumpcfg.testing;
