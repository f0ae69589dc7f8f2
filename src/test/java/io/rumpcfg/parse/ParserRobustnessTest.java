package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Bad input is a value, never an exception: the parser's promise, tried on arbitrary and damaged input. */
class ParserRobustnessTest {
    private static final ConfigParser PARSER = ConfigParser.create(ParseOptions.DEFAULTS);
    private static final String SAMPLE = "{\"net\":{\"interfaces\":{\"vioif0\":{\"addrs\":[{\"type\":\"inet\",\"method\":\"static\","
            + "\"addr\":\"10.0.0.2/24\"}]}},\"gateways\":[{\"type\":\"inet\",\"addr\":\"10.0.0.1\"}],\"dns\":{\"nameservers\":"
            + "[\"10.0.0.1\"],\"search\":[\"example.net\"]}},\"mount\":{\"/tmp\":{\"source\":\"tmpfs\",\"options\":{\"size\":\"4M\"}},"
            + "\"/h\":{\"source\":\"nfs\",\"path\":\"[::1]:/e\",\"options\":{\"vers\":2}}},\"blk\":{\"vnd0\":{\"type\":\"vnd\","
            + "\"path\":\"a\"}},\"rc\":[{\"bin\":\"a\",\"runmode\":\"|\"},{\"bin\":\"b\",\"netbsd\":{\"sysctl\":"
            + "{\"rlimit.descriptors.soft\":1}}}],\"env\":{\"A\":\"1\"},\"hostname\":\"h\",\"netbsd\":{\"sysctl\":{\"kern.x\":true}}}";

    @Example
    void undamagedSampleIsValid() {
        ParseResult result = PARSER.parse(SAMPLE.getBytes(StandardCharsets.UTF_8));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.config()).isPresent();
    }

    @Property(tries = 300)
    void arbitraryBytesGiveAResultNotAnException(@ForAll byte[] document) {
        assertConsistent(PARSER.parse(document));
    }

    @Property(tries = 500)
    void damagedConfigurationGivesAResultNotAnException(@ForAll("damaged") String document) {
        assertConsistent(PARSER.parse(document.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, SAMPLE.length() - 1);
        Arbitrary<Character> replacement = Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '1', '-', 'x', ' ', '/', '.', '\\', '|');
        return at.tuple2().flatMap(t -> replacement.map(c -> {
            StringBuilder s = new StringBuilder(SAMPLE);
            s.setCharAt(t.get1(), c);
            if (t.get2() < s.length() - 1) {
                s.deleteCharAt(t.get2());
            }
            return s.toString();
        }));
    }

    private static void assertConsistent(ParseResult result) {
        boolean anyError = result.diagnostics().stream().anyMatch(Diagnostic::isError);
        assertThat(result.config().isPresent()).isEqualTo(!anyError);
        assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.render("f")).doesNotContain("\n"));
    }
}
