package io.rumpcfg.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Severity;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OlderWriterTest {
    /** Read without bins, so that an entry can name a binary the writer's bins do not have at its place. */
    private static io.rumpcfg.model.Config read(String json) {
        Checked checked = Rumpcfg.check(json.getBytes(StandardCharsets.UTF_8), ParseOptions.DEFAULTS, PlanOptions.DEFAULTS);
        assertThat(checked.isValid()).as("%s", checked.diagnostics()).isTrue();
        return checked.config().orElseThrow();
    }

    private static OlderResult write(String json, OlderDialect dialect, boolean lossy) {
        return OlderWriter.write(read(json), new OlderOptions(dialect, lossy, Optional.of(List.of("app"))));
    }

    @Test
    void writesOneLineInUruncsKeyOrderWithKeysRepeated() {
        OlderResult result = write("{\"rc\": [{\"bin\": \"app\", \"argv\": [\"app\", \"-g\", \"daemon off;\", \"\"],"
                + " \"workdir\": \"/data\"}], \"env\": {\"A\": \"1\", \"URL\": \"x?a=1&b=2\"}, \"hostname\": \"web1\","
                + " \"net\": {\"interfaces\": {\"ukvmif0\": {\"create\": true, \"addrs\": [{\"type\": \"inet\","
                + " \"method\": \"static\", \"addr\": \"10.4.0.2/1\"}]}}, \"gateways\": [{\"type\": \"inet\", \"addr\": \"10.4.0.1\"}]},"
                + " \"blk\": {\"ld0a\": {\"type\": \"etfs\", \"path\": \"solo5:ld0a\"}},"
                + " \"mount\": {\"/data\": {\"source\": \"blk\", \"path\": \"/dev/ld0a\"}}}", OlderDialect.SOLO5, false);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.document()).contains("{\"cmdline\":\"app -g 'daemon off;' ''\",\"env\":\"A=1\",\"env\":\"URL=x?a=1&b=2\","
                + "\"hostname\":\"web1\",\"net\":{\"if\":\"ukvmif0\",\"cloner\":\"true\",\"type\":\"inet\",\"method\":\"static\","
                + "\"addr\":\"10.4.0.2\",\"mask\":\"1\",\"gw\":\"10.4.0.1\"},\"blk\":{\"source\":\"etfs\",\"path\":\"/dev/ld0a\","
                + "\"fstype\":\"blk\",\"mountpoint\":\"/data\"},\"cwd\":\"/data\"}\n");
    }

    @Test
    void aKernHostnameEqualToTheHostnameIsWrittenOnceAsHostname() {
        OlderResult result = write("""
                {"rc": [{"bin": "app"}], "hostname": "web1", "netbsd": {"sysctl": {"kern.hostname": "web1"}}}
                """, OlderDialect.MASTER, false);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.document()).contains("{\"cmdline\":\"app\",\"hostname\":\"web1\"}\n");
    }

    @Test
    void aKernHostnameThatNeedsAnEscapeIsReportedOnceForTheEscape() {
        OlderResult result = write("""
                {"rc": [{"bin": "app"}], "netbsd": {"sysctl": {"kern.hostname": "a\\"b"}}}
                """, OlderDialect.MASTER, false);

        assertThat(result.document()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::path, Diagnostic::message).containsExactly(
                tuple(io.rumpcfg.model.ElementPath.root().key("netbsd").key("sysctl").key("kern.hostname"),
                        "cannot be written in the older format: it holds '\"', which JSON must escape and the older"
                                + " guests would read escaped (--lossy leaves it out)"));
    }

    @Test
    void wordsParseargsCannotGiveBackGoToRcTesting() {
        OlderResult result = write("{\"rc\": [{\"bin\": \"app\", \"argv\": [\"app\", \"it's\"]}]}", OlderDialect.MASTER, false);

        assertThat(result.document()).contains("{\"rc_TESTING\":[{\"bin\":\"app\",\"argv\":[\"it's\"]}]}\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"rc\": [{\"bin\": \"app\", \"workdir\": \"/w\"}]}"
                + " | rc[0].workdir | master's guests start every program in /; the Solo5 forks' cwd would (--dialect solo5)",
        "{\"rc\": [{\"bin\": \"app\"}], \"netbsd\": {\"sysctl\": {\"kern.maxfiles\": 64}}}"
                + " | netbsd.sysctl[\"kern.maxfiles\"] | the older format has no sysctl",
        "{\"rc\": [{\"bin\": \"app\"}], \"net\": {\"dns\": {\"nameservers\": [\"10.0.0.1\"]}}}"
                + " | net.dns | the older format has no DNS settings",
        "{\"rc\": [{\"bin\": \"app\"}], \"mount\": {\"/tmp\": {\"source\": \"tmpfs\"}}}"
                + " | mount[\"/tmp\"] | the older format mounts block devices and kernfs only, not tmpfs",
        "{\"rc\": [{\"bin\": \"app\"}], \"mount\": {\"/\": {\"source\": \"blk\", \"path\": \"/dev/ld0a\"}}}"
                + " | mount[\"/\"] | master mounts over /, hiding the rump root; only the Solo5 forks union-mount it (--dialect solo5)",
        "{\"rc\": [{\"bin\": \"app\"}], \"blk\": {\"vnd1\": {\"type\": \"vnd\", \"path\": \"/a.img\"}}}"
                + " | blk.vnd1 | the older guests number the vnds in order: this one would be vnd0",
        "{\"rc\": [{\"bin\": \"app\"}], \"blk\": {\"data\": {\"type\": \"etfs\", \"path\": \"blkfront:xvda\"}}}"
                + " | blk.data | an older etfs device is named after its disk (blkfront:<name>), and this one is blkfront:xvda",
        "{\"rc\": [{\"bin\": \"app\"}], \"net\": {\"interfaces\": {\"vioif0\": {\"addrs\": [{\"type\": \"inet\", \"method\": \"dhcp\"}]},"
                + " \"vioif1\": {\"addrs\": [{\"type\": \"inet\", \"method\": \"dhcp\"}]}}}}"
                + " | net.interfaces.vioif1 | the older format is written here for master, one interface",
        "{\"rc\": [{\"bin\": \"app\"}], \"net\": {\"interfaces\": {\"vioif0\": {\"addrs\": [{\"type\": \"inet\", \"method\": \"dhcp\"}]}},"
                + " \"gateways\": [{\"type\": \"inet\", \"addr\": \"10.0.0.1\"}]}}"
                + " | net.gateways[0] | the older format gives a gateway only with a static address of its family, and master adds it through that address's subnet: none holds 10.0.0.1",
    })
    void whatTheOlderFormatCannotExpressIsAnErrorAtTheElementOrDroppedWithAWarning(String json, String path, String why) {
        OlderResult strict = write(json, OlderDialect.MASTER, false);
        OlderResult lossy = write(json, OlderDialect.MASTER, true);

        assertThat(strict.document()).isEmpty();
        assertThat(strict.diagnostics()).extracting(Diagnostic::severity, d -> d.path().toString(), Diagnostic::code, Diagnostic::message)
                .containsExactly(tuple(Severity.ERROR, path, Code.OLDER_INEXPRESSIBLE,
                        "cannot be written in the older format: " + why + " (--lossy leaves it out)"));
        assertThat(lossy.document()).isPresent();
        assertThat(lossy.diagnostics()).extracting(Diagnostic::severity, d -> d.path().toString(), Diagnostic::code, Diagnostic::message)
                .containsExactly(tuple(Severity.WARNING, path, Code.OLDER_DROPPED,
                        "left out: the older format cannot express it; " + why));
    }

    @Test
    void lossyDocumentPlansAsTheConfigurationLessWhatWasLeftOut() {
        String json = "{\"rc\": [{\"bin\": \"app\"}], \"net\": {\"dns\": {\"nameservers\": [\"10.0.0.1\"]}},"
                + " \"mount\": {\"/tmp\": {\"source\": \"tmpfs\"}, \"/kern\": {\"source\": \"kernfs\"}}}";
        String less = "{\"rc\": [{\"bin\": \"app\"}], \"mount\": {\"/kern\": {\"source\": \"kernfs\"}}}";
        PlanOptions app = PlanOptions.DEFAULTS.withBins(List.of("app"));
        ParseOptions parse = ParseOptions.DEFAULTS.withBins(List.of("app"));

        String document = write(json, OlderDialect.MASTER, true).document().orElseThrow();
        Checked back = Rumpcfg.check(document.getBytes(StandardCharsets.UTF_8), parse, app);
        Checked expected = Rumpcfg.check(less.getBytes(StandardCharsets.UTF_8), parse, app);

        assertThat(PlanText.withoutOrigins(back.plan().orElseThrow()))
                .isEqualTo(PlanText.withoutOrigins(expected.plan().orElseThrow()));
    }

    @Test
    void aLossyDocumentLeavesOutAVndWhoseFileLiesOnAMountLeftOutAndTheMountsOfThatVnd() {
        String json = "{\"rc\": [{\"bin\": \"app\"}],"
                + " \"blk\": {\"xvdb\": {\"type\": \"etfs\", \"path\": \"blkfront:xvdb\"},"
                + " \"vnd0\": {\"type\": \"vnd\", \"path\": \"/disk/images/app.ffs\"}},"
                + " \"mount\": {\"/disk\": {\"source\": \"tmpfs\"}, \"/data\": {\"source\": \"blk\", \"path\": \"/dev/xvdb\"},"
                + " \"/app\": {\"source\": \"blk\", \"path\": \"/dev/vnd0a\"}}}";

        OlderResult lossy = write(json, OlderDialect.MASTER, true);

        assertThat(lossy.diagnostics()).extracting(Diagnostic::severity, d -> d.path().toString(), Diagnostic::message)
                .containsExactly(
                        tuple(Severity.WARNING, "mount[\"/disk\"]", "left out: the older format cannot express it;"
                                + " the older format mounts block devices and kernfs only, not tmpfs"),
                        tuple(Severity.WARNING, "blk.vnd0", "left out: the older format cannot express it;"
                                + " its file lies on mount[\"/disk\"], which is left out"),
                        tuple(Severity.WARNING, "mount[\"/app\"]", "left out: the older format cannot express it;"
                                + " its device is not written"));
        assertThat(lossy.document()).contains("{\"cmdline\":\"app\","
                + "\"blk\":{\"source\":\"etfs\",\"path\":\"xvdb\",\"fstype\":\"blk\",\"mountpoint\":\"/data\"}}\n");
    }

    @Test
    void aVndOnTheRootFileSystemOrOnAWrittenMountIsKept() {
        String json = "{\"rc\": [{\"bin\": \"app\"}], \"blk\": {\"xvdb\": {\"type\": \"etfs\", \"path\": \"blkfront:xvdb\"},"
                + " \"vnd0\": {\"type\": \"vnd\", \"path\": \"/disk/app.ffs\"}, \"vnd1\": {\"type\": \"vnd\", \"path\": \"/b.ffs\"}},"
                + " \"mount\": {\"/disk\": {\"source\": \"blk\", \"path\": \"/dev/xvdb\"}, \"/tmp\": {\"source\": \"tmpfs\"}}}";

        OlderResult lossy = write(json, OlderDialect.MASTER, true);

        assertThat(lossy.diagnostics()).extracting(d -> d.path().toString()).containsExactly("mount[\"/tmp\"]");
        assertThat(lossy.document().orElseThrow()).contains("/disk/app.ffs").contains("/b.ffs");
    }

    @Test
    void aLossyConversionThatLeavesNoProgramPrintsNoDocument() {
        // The entries start the baked binaries in another order than --bins bakes them: all go.
        OlderResult result = OlderWriter.write(read("{\"rc\": [{\"bin\": \"app\"}, {\"bin\": \"nginx\"}]}"),
                new OlderOptions(OlderDialect.MASTER, true, Optional.of(List.of("nginx", "app"))));

        assertThat(result.document()).isEmpty();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("no program is left").contains("no bins"));
    }
}
