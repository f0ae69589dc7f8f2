package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.plan.PlanOptions;
import io.rumpcfg.plan.Step;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an older-format document becomes in the current model, element by element. */
class OlderFormatTest {
    private static final ParseOptions BINS = ParseOptions.DEFAULTS.withBins(List.of("app", "tool"));

    private static Config read(ParseOptions options, String json) {
        ParseResult result = ConfigParser.create(options).parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        return result.config().orElseThrow();
    }

    private static List<String> codes(ParseResult result) {
        return result.diagnostics().stream().map(d -> d.code() + "@" + d.position()).collect(Collectors.toList());
    }

    @Test
    void cmdlineIsTheArgvOfEachBakedBinaryInBakeOrder() {
        Config config = read(BINS, "{\"cmdline\": \"app -c 'a b'\"}");

        assertThat(config.rc().orElseThrow()).extracting(RcEntry::bin, RcEntry::argv).containsExactly(
                org.assertj.core.groups.Tuple.tuple("app", List.of("app", "-c", "a b")),
                org.assertj.core.groups.Tuple.tuple("tool", List.of("app", "-c", "a b")));
        assertThat(config.rc().orElseThrow()).extracting(e -> e.origin().toString()).containsOnly("cmdline@1:13");
    }

    @Test
    void cmdlineWithoutBinsGoesToTheFirstBakedBinary() {
        ParseResult result = ConfigParser.create(ParseOptions.DEFAULTS).parse("{\"cmdline\": \"app\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(result.config().orElseThrow().rc().orElseThrow()).singleElement()
                .satisfies(e -> assertThat(e.bin()).isEqualTo(RcEntry.FIRST_BAKED));
        assertThat(codes(result)).containsExactly("older-format@1:2", "older-cmdline-bins@1:13");
    }

    @Test
    void repeatedEnvKeysAreEachAVariableInDocumentOrder() {
        Config config = read(BINS, "{\"cmdline\": \"app\", \"env\": \"B=2\", \"env\": \"A=x=y\", \"env\": \"C=\"}");

        assertThat(config.env()).extracting(v -> v.name() + "=" + v.value() + "@" + v.origin())
                .containsExactly("B=2@env@1:27", "A=x=y@env@1:41", "C=@env@1:57");
    }

    @Test
    void netBecomesAnInterfaceWithItsAddressAndGateway() {
        Config config = read(BINS, "{\"cmdline\": \"app\", \"net\": {\"if\": \"xenif0\", \"cloner\": \"true\", \"type\": \"inet\","
                + " \"method\": \"static\", \"addr\": \"10.0.0.2\", \"mask\": \"24\", \"gw\": \"10.0.0.1\"}}");

        NetInterface iface = config.net().interfaces().get(0);
        assertThat(iface.name()).isEqualTo("xenif0");
        assertThat(iface.create()).isTrue();
        assertThat(iface.addrs()).extracting(a -> a.type().token() + " " + a.method().token() + " " + a.addr().orElseThrow())
                .containsExactly("inet static 10.0.0.2/24");
        assertThat(iface.origin()).hasToString("net@1:20");
        assertThat(config.net().gateways()).extracting(g -> g.addr() + "@" + g.origin()).containsExactly("10.0.0.1@net.gw@1:138");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "yes", ""})
    void anyClonerValueCreatesTheInterface(String cloner) {
        Config config = read(BINS, "{\"cmdline\": \"app\", \"net\": {\"if\": \"vioif0\", \"cloner\": \"" + cloner
                + "\", \"type\": \"inet\", \"method\": \"dhcp\"}}");

        assertThat(config.net().interfaces().get(0).create()).isTrue();
    }

    @Test
    void withoutClonerTheInterfaceIsNotCreated() {
        Config config = read(BINS, "{\"cmdline\": \"app\", \"net\": {\"if\": \"vioif0\", \"type\": \"inet\", \"method\": \"dhcp\"}}");

        assertThat(config.net().interfaces().get(0).create()).isFalse();
    }

    @Test
    void repeatedNetKeysForOneInterfaceGiveItEachAddress() {
        Config config = read(BINS, "{\"cmdline\": \"app\","
                + " \"net\": {\"if\": \"vioif0\", \"type\": \"inet\", \"method\": \"dhcp\"},"
                + " \"net\": {\"if\": \"vioif1\", \"type\": \"inet6\", \"method\": \"auto\"},"
                + " \"net\": {\"if\": \"vioif0\", \"type\": \"inet6\", \"method\": \"static\", \"addr\": \"2001:db8::2\", \"mask\": \"64\"}}");

        assertThat(config.net().interfaces()).extracting(NetInterface::name).containsExactly("vioif0", "vioif1");
        assertThat(config.net().interfaces().get(0).addrs()).extracting(a -> a.method().token())
                .containsExactly("dhcp", "static");
    }

    @Test
    void blkEntriesBecomeDevicesAndMountsVndNumberedInOrderOfAppearance() {
        Config config = read(BINS, "{\"cmdline\": \"app\","
                + " \"blk\": {\"source\": \"vnd\", \"path\": \"images/a.iso\", \"fstype\": \"blk\", \"mountpoint\": \"/a\"},"
                + " \"blk\": {\"source\": \"etfs\", \"path\": \"xvda\", \"fstype\": \"blk\", \"mountpoint\": \"/data\"},"
                + " \"blk\": {\"source\": \"vnd\", \"path\": \"/data/b.img\"},"
                + " \"blk\": {\"source\": \"dev\", \"path\": \"/dev/ld0a\", \"fstype\": \"blk\", \"mountpoint\": \"/d\"},"
                + " \"blk\": {\"source\": \"dev\", \"path\": \"virtual\", \"fstype\": \"kernfs\", \"mountpoint\": \"/kern\"}}");

        assertThat(config.blk()).extracting(OlderFormatTest::describe)
                .containsExactly("vnd vnd0 images/a.iso", "etfs xvda blkfront:xvda", "vnd vnd1 /data/b.img");
        assertThat(config.mounts()).extracting(OlderFormatTest::describe).containsExactly(
                "/a blk /dev/vnd0d", "/data blk /dev/xvda", "/d blk /dev/ld0a", "/kern kernfs");
        assertThat(config.mounts().get(0).origin()).isEqualTo(config.blk().get(0).origin());
        assertThat(config.mounts().get(0).origin()).hasToString("blk@1:20");
    }

    @Test
    void fstypeKernIsWhereMastersGuestHalts() {
        ParseResult result = ConfigParser.create(BINS).parse(("{\"cmdline\": \"app\","
                + " \"blk\": {\"source\": \"dev\", \"path\": \"virtual\", \"fstype\": \"kern\", \"mountpoint\": \"/kern\"}}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(result.config()).isEmpty();
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError)
                .extracting(d -> d.code() + "@" + d.position() + " " + d.path())
                .containsExactly("older-halt@1:74 blk.fstype");
    }

    @Test
    void plannedStepsPointIntoTheOlderDocument() {
        String json = "{\"cmdline\": \"app\",\n"
                + " \"blk\": {\"source\": \"vnd\", \"path\": \"/a.iso\", \"fstype\": \"blk\", \"mountpoint\": \"/a\"},\n"
                + " \"env\": \"A=1\"}";
        Checked checked = Rumpcfg.check(json.getBytes(StandardCharsets.UTF_8), BINS, PlanOptions.DEFAULTS);

        assertThat(checked.plan().orElseThrow().steps()).extracting(s -> s.id() + " " + s.origin())
                .containsExactly("env:A env@3:9", "blk:vnd0 blk@2:2", "mount:/a blk@2:2", "rc:0 cmdline@1:13", "rc:1 cmdline@1:13");
    }

    @Test
    void kvmDocumentWithEveryCommaDoubledIsRepairedKeepingPositions() {
        String json = " {,, \n"
                + "\t\"cmdline\": \"app\",, \n"
                + "\t\"hostname\": 7,, \n"
                + "},, \n";
        ParseResult result = ConfigParser.create(BINS).parse(json.getBytes(StandardCharsets.UTF_8));

        assertThat(result.diagnostics()).extracting(d -> d.code() + "@" + d.position() + " " + d.message())
                .containsExactly(
                        "comma-repair@1:3 not strict JSON, for the commas the older rumprun launcher wrote: a comma right after '{' (2), a comma after the last"
                                + " member (2), a comma after the root object (2) and doubled commas (1); the guest's parser"
                                + " reads past them, and so does rumpcfg",
                        "older-format@2:2 this document is in the older rumprun format (cmdline is of it), which is deprecated;"
                                + " \"rumpcfg convert\" rewrites it in the current format",
                        "older-halt@3:14 rumprun master's guest halts here: hostname must be a string, not the word \"7\"");
    }

    @Test
    void olderLauncherExampleValidatesWithItsWarningsAndPlans() throws IOException {
        byte[] document;
        try (InputStream in = OlderFormatTest.class.getResourceAsStream("/parse/examples/older-launcher.json")) {
            document = in.readAllBytes();
        }
        Checked checked = Rumpcfg.check(document, ParseOptions.DEFAULTS.withBins(List.of("httpd")), PlanOptions.DEFAULTS);

        assertThat(checked.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.COMMA_REPAIR, Code.OLDER_FORMAT);
        assertThat(checked.plan().orElseThrow().steps()).extracting(Step::id).containsExactly(
                "env:TZ", "env:HOME", "hostname", "mount:/data", "net.if:vioif0", "net.gw:inet", "rc:0");
    }

    private static String describe(Blk blk) {
        String backing = blk instanceof Blk.Vnd ? ((Blk.Vnd) blk).file() : ((Blk.Etfs) blk).hostPath();
        return blk.type() + " " + blk.name() + " " + backing;
    }

    private static String describe(Mount mount) {
        MountSource s = mount.source();
        return mount.mountpoint() + " " + s.source()
                + (s instanceof MountSource.BlkDevice ? " " + ((MountSource.BlkDevice) s).device() : "");
    }
}
