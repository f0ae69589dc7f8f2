/**
 * rumpcfg: reads, checks, plans and applies the JSON configuration of a rumprun unikernel.
 *
 * <p>The exported packages are the library's contract: the one-call front door
 * ({@code io.rumpcfg}), the model, the reader's options and result, the plan, the Platform
 * SPI, the executor and its report, the boot sources, conversion between the formats, the
 * Linux platform ({@code io.rumpcfg.linux}: a guest in Linux namespaces, driven through the
 * machine's own programs), and the test kit. Everything else is internal: the helpers the
 * packages share ({@code io.rumpcfg.internal}), the command line ({@code io.rumpcfg.cli}), the
 * host process platform it runs ({@code io.rumpcfg.process}) and its launching of guests on
 * hypervisors ({@code io.rumpcfg.launch}).
 *
 * <p>At run time the library needs jackson-core and slf4j-api alone. logback is needed only by
 * the command line, JUnit only by the test kit ({@code io.rumpcfg.testing}'s contract
 * tests and assertions): both are {@code static}, present when compiling, optional after.
 */
module io.rumpcfg {
    requires com.fasterxml.jackson.core;
    requires org.slf4j;
    requires static ch.qos.logback.classic;
    requires static ch.qos.logback.core;
    // The test kit's contracts are JUnit test classes: a module using them reads JUnit too.
    requires static transitive org.junit.jupiter.api;
    requires static org.opentest4j;

    exports io.rumpcfg;
    exports io.rumpcfg.convert;
    exports io.rumpcfg.exec;
    exports io.rumpcfg.linux;
    exports io.rumpcfg.model;
    exports io.rumpcfg.parse;
    exports io.rumpcfg.plan;
    exports io.rumpcfg.platform;
    exports io.rumpcfg.source;
    exports io.rumpcfg.source.cmdline;
    exports io.rumpcfg.source.hw;
    exports io.rumpcfg.source.solo5;
    exports io.rumpcfg.source.spec;
    exports io.rumpcfg.source.xen;
    exports io.rumpcfg.testing;
}
