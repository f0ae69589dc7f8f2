package io.rumpcfg.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every document of the producers' corpus (src/test/resources/older/producers) validates
 * with the warnings that say what its guest does differently, plans, converts to the current
 * format and back to the older one, with the same plan at each step.
 */
class ProducerCorpusTest {
    private static byte[] producer(String name) throws IOException {
        try (InputStream in = ProducerCorpusTest.class.getResourceAsStream("/older/producers/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<String> list(String spaced) {
        return spaced.isEmpty() ? List.of() : Arrays.asList(spaced.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cloudkernels-runnc.json | solo5  | node         | older-format older-fork older-fork",
        "nabla-runnc.json        | solo5  | node         | older-format older-fork",
        "rumprun-iso.json        | master | httpd        | comma-repair older-format",
        "rumprun-kvm.json        | master | httpd        | comma-repair older-format",
        "rumprun-xen.json        | master | httpd        | comma-repair older-format",
        "schedbench.json         | master | worker       | older-format older-hostname",
        "unik-qemu.json          | master | program      | comma-repair older-format older-prefix",
        "unik-xen.json           | master | stub program | older-format older-prefix",
        "urunc-current.json      | solo5  | nginx        | older-format older-mask",
        "urunc-old.json          | solo5  | app          | older-format older-escape older-mask",
    })
    void readsPlansAndConvertsBothWaysWithTheSamePlan(String file, String dialect, String bins, String warnings)
            throws IOException {
        ParseOptions parse = ParseOptions.DEFAULTS.withBins(list(bins));
        PlanOptions planOptions = PlanOptions.DEFAULTS.withBins(list(bins));

        Checked original = Rumpcfg.check(producer(file), parse, planOptions);
        assertThat(original.isValid()).as("%s", original.diagnostics()).isTrue();
        assertThat(original.diagnostics()).extracting(d -> d.code().id()).containsExactlyInAnyOrderElementsOf(list(warnings));
        String plan = PlanText.withoutOrigins(original.plan().orElseThrow());

        String current = ConfigWriter.write(original.config().orElseThrow());
        Checked inCurrent = Rumpcfg.check(current.getBytes(java.nio.charset.StandardCharsets.UTF_8), parse, planOptions);
        assertThat(inCurrent.diagnostics()).as(current).isEmpty();
        assertThat(PlanText.withoutOrigins(inCurrent.plan().orElseThrow())).isEqualTo(plan);

        Config config = inCurrent.config().orElseThrow();
        OlderResult older = OlderWriter.write(config, new OlderOptions(
                OlderDialect.fromToken(dialect).orElseThrow(), false, Optional.of(list(bins))));
        assertThat(older.diagnostics()).isEmpty();
        Checked back = Rumpcfg.check(older.document().orElseThrow().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                parse, planOptions);
        assertThat(back.diagnostics()).extracting(Diagnostic::isError).containsOnly(false);
        assertThat(back.diagnostics()).extracting(Diagnostic::code).contains(Code.OLDER_FORMAT)
                .doesNotContain(Code.OLDER_ESCAPE, Code.COMMA_REPAIR, Code.OLDER_CMDLINE_BINS, Code.OLDER_RC_BINS);
        assertThat(PlanText.withoutOrigins(back.plan().orElseThrow())).isEqualTo(plan);
    }
}
