package io.rumpcfg.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code convert} never prints a document that rumprun master reads other than as meant:
 * nothing master halts on or cuts short, and no current-format document that cannot say
 * what an older one did.
 */
class ConvertMasterTest {
    private static final ParseOptions APP = ParseOptions.DEFAULTS.withBins(List.of("app", "tool"));

    private static Config read(String json) {
        Checked checked = Rumpcfg.check(json.getBytes(StandardCharsets.UTF_8), APP, PlanOptions.DEFAULTS);
        assertThat(checked.isValid()).as("%s", checked.diagnostics()).isTrue();
        return checked.config().orElseThrow();
    }

    private static OlderResult older(String json, boolean lossy) {
        return OlderWriter.write(read(json), new OlderOptions(OlderDialect.MASTER, lossy, Optional.of(List.of("app", "tool"))));
    }

    @Test
    void runmodesAreWrittenAsMasterReadsThem() {
        // master's config.c:196-210 reads runmode "&" and "|" in rc_TESTING entries.
        OlderResult result = older("{\"rc\": [{\"bin\": \"app\", \"runmode\": \"|\"}, {\"bin\": \"tool\"}]}", false);

        assertThat(result.diagnostics()).isEmpty();
        String doc = result.document().orElseThrow();
        assertThat(doc).contains("\"runmode\":\"|\"");
        Config back = read(doc);
        assertThat(back.rc().orElseThrow()).extracting(e -> e.runmode().token()).containsExactly("|", "");
    }

    @Test
    void anEtfsNameMasterWouldCutIsNotWritten() {
        // master's config.c:495: "XENBLK_" and the name in a 32-byte buffer keep 24 bytes of it.
        String name = "xvd" + "a".repeat(22);
        OlderResult result = older("{\"rc\": [{\"bin\": \"app\"}], \"blk\": {\"" + name + "\": {\"type\": \"etfs\","
                + " \"path\": \"blkfront:" + name + "\"}}}", false);

        assertThat(result.document()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.OLDER_INEXPRESSIBLE);
            assertThat(d.message()).contains("24 bytes");
        });
    }

    @Test
    void noProgramIsAnErrorEvenWhenLossy() {
        // master's config.c:820-822 halts on a document with no argv ("no bins").
        OlderResult result = OlderWriter.write(read("{\"rc\": []}"),
                new OlderOptions(OlderDialect.MASTER, true, Optional.empty()));

        assertThat(result.document()).isEmpty();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isNotEmpty();
    }

    @Test
    void aMountpointMountedTwiceCannotBeWrittenInTheCurrentFormat() {
        Config config = read("{\"cmdline\": \"app\","
                + " \"blk\": {\"source\": \"dev\", \"path\": \"/dev/ld0a\", \"fstype\": \"blk\", \"mountpoint\": \"/data\"},"
                + " \"blk\": {\"source\": \"dev\", \"path\": \"/dev/ld1a\", \"fstype\": \"blk\", \"mountpoint\": \"/data\"}}");

        assertThat(ConfigWriter.inexpressible(config).stream().map(d -> d.code() + "@" + d.path())
                .collect(Collectors.toList())).containsExactly(Code.CURRENT_INEXPRESSIBLE + "@blk");
    }

    @Test
    void aRawControlCharacterCannotBeWrittenInTheCurrentFormat() {
        // master's jsmn.c takes a raw TAB inside a string; the current format has no control characters.
        Config config = read("{\"cmdline\": \"app\", \"env\": \"A=x\ty\"}");

        assertThat(ConfigWriter.inexpressible(config)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.CURRENT_INEXPRESSIBLE);
            assertThat(d.path()).hasToString("env");
            assertThat(d.message()).contains("control character").doesNotContain("x\ty");
        });
    }
}
