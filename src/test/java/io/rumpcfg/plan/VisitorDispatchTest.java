package io.rumpcfg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.model.SysctlValue;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sealed type's {@code accept} calls the one method of its visitor that takes its own kind,
 * for every kind the type permits: the compiler checks that every visitor has a method per
 * kind, this test that each kind calls its own.
 */
class VisitorDispatchTest {
    /** A document with one of every kind of step, mount source, block device and sysctl value. */
    private static final String DOCUMENT = """
            {
              "rc": [{"bin": "app"}],
              "env": {"HOME": "/"},
              "hostname": "web",
              "netbsd": {"sysctl": {"kern.maxfiles": 4096, "net.inet.ip.forwarding": true,
                                    "kern.defcorename": "core"}},
              "net": {
                "interfaces": {"vioif0": {"addrs": [{"type": "inet", "method": "static", "addr": "10.0.0.2/24"}]}},
                "gateways": [{"type": "inet", "addr": "10.0.0.1"}],
                "dns": {"nameservers": ["10.0.0.53"]}
              },
              "blk": {"xbd0": {"type": "etfs", "path": "blkfront:xvda"}, "vnd0": {"type": "vnd", "path": "/img.iso"}},
              "mount": {
                "/": {"source": "blk", "path": "/dev/xbd0"},
                "/kern": {"source": "kernfs"},
                "/tmp": {"source": "tmpfs"},
                "/nfs": {"source": "nfs", "path": "10.0.0.9:/export"}
              }
            }
            """;

    static Stream<Arguments> sealedTypes() {
        Checked checked = Rumpcfg.check(DOCUMENT.getBytes(StandardCharsets.UTF_8), io.rumpcfg.parse.ParseOptions.DEFAULTS
                .withBins(List.of("app")), PlanOptions.DEFAULTS.withBins(List.of("app")));
        assertThat(checked.diagnostics()).isEmpty();
        Config config = checked.config().orElseThrow();
        List<Object> sources = new ArrayList<>();
        for (Mount m : config.mounts()) {
            sources.add(m.source());
        }
        List<Object> values = new ArrayList<>();
        for (Sysctl s : config.sysctl()) {
            values.add(s.value());
        }
        return Stream.of(
                Arguments.of(Step.class, Step.Visitor.class, List.<Object>copyOf(checked.plan().orElseThrow().steps())),
                Arguments.of(MountSource.class, MountSource.Visitor.class, sources),
                Arguments.of(Blk.class, Blk.Visitor.class, List.<Object>copyOf(config.blk())),
                Arguments.of(SysctlValue.class, SysctlValue.Visitor.class, values));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sealedTypes")
    void acceptCallsTheVisitorMethodOfItsOwnKind(Class<?> type, Class<?> visitor, List<Object> samples)
            throws Exception {
        List<Class<?>> kinds = new ArrayList<>();
        for (Object sample : samples) {
            kinds.add(sample.getClass());
        }
        assertThat(kinds).as("the samples cover every kind").containsAll(List.of(type.getPermittedSubclasses()));
        assertThat(visitor.getMethods()).hasSameSizeAs(type.getPermittedSubclasses());

        Method accept = type.getMethod("accept", visitor);
        for (Object sample : samples) {
            List<Object[]> calls = new ArrayList<>();
            Object recorder = Proxy.newProxyInstance(visitor.getClassLoader(), new Class<?>[] {visitor},
                    (proxy, method, args) -> {
                        calls.add(new Object[] {method, args[0]});
                        return "result";
                    });

            Object result = accept.invoke(sample, recorder);

            assertThat(result).isEqualTo("result");
            assertThat(calls).hasSize(1);
            assertThat(((Method) calls.get(0)[0]).getParameterTypes()).containsExactly(sample.getClass());
            assertThat(calls.get(0)[1]).isSameAs(sample);
        }
    }
}
