package io.rumpcfg.testing;

import java.nio.charset.StandardCharsets;

/**
 * The entry point of rumpcfg's fluent assertions over a configuration, its plan and its
 * effects on a {@link FakePlatform}. Usable from any JUnit 5 test; a failed assertion throws
 * {@link org.opentest4j.AssertionFailedError} saying what was expected and what was found.
 *
 * <pre>{@code
 * assertThatConfig(json).withBins("httpd").isValid()
 *         .plan().hasStepBefore("blk:vnd0", "mount:/data");
 * assertThatConfig(json).withBins("producer", "consumer").boot().succeeded()
 *         .file("/etc/resolv.conf").contains("nameserver 192.0.2.53")
 *         .and().program(1).receivedStdoutOf(0);
 * assertThatConfig(bad).isRejectedAt("net.dns.nameservers", 7).withCode("too-many");
 * }</pre>
 */
public final class RumpcfgAssertions {
    private RumpcfgAssertions() {}

    /** Starts assertions over the configuration document {@code json}. */
    public static ConfigAssert assertThatConfig(String json) {
        return new ConfigAssert(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Starts assertions over a configuration document given as bytes (it need not be UTF-8). */
    public static ConfigAssert assertThatConfig(byte[] document) {
        return new ConfigAssert(document.clone());
    }
}
