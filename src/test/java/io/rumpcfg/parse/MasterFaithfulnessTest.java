package io.rumpcfg.parse;

import static io.rumpcfg.testing.RumpcfgAssertions.assertThatConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.RcEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Older documents of unusual but legal shapes, each read as rumprun master's guest reads it:
 * the verdict (an error exactly where the guest halts), the diagnostics, and the effects on
 * the fake platform. Each test names the lines of master's code that justify it
 * ({@code config.c}, {@code jsmn.c} and {@code main.c} of lib/librumprun_base and
 * lib/libbmk_core at b04d422).
 */
class MasterFaithfulnessTest {

    // --- keys match by prefix, at every level

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
            "'', cmdline", "c, cmdline", "cmd, cmdline", "r, rc_TESTING", "rc, rc_TESTING", "rc_T, rc_TESTING",
            "e, env", "h, hostname", "host, hostname", "b, blk", "n, net"})
    void rootKeysMatchTheFirstHandlerTheyArePrefixOf(String key, String name) {
        // config.c:63 T_STREQ compares only the key's own length; :807 tries the parsers[] table in order.
        assertThat(MasterKeys.ROOT.match(key)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} in {1} is read as {2}")
    @CsvSource({
            "'', NET, if", "i, NET, if", "c, NET, cloner", "t, NET, type", "m, NET, method", "me, NET, method",
            "ma, NET, mask", "a, NET, addr", "g, NET, gw",
            "'', BLK, source", "s, BLK, source", "p, BLK, path", "f, BLK, fstype", "m, BLK, mountpoint",
            "'', RC_ENTRY, bin", "b, RC_ENTRY, bin", "a, RC_ENTRY, argv", "r, RC_ENTRY, runmode"})
    void memberKeysMatchTheFirstNameTheyArePrefixOf(String key, MasterKeys keys, String name) {
        // config.c:375-392 (net), :577-586 (blk), :162-186 (rc entry): if-else chains of T_STREQ in this order.
        assertThat(keys.match(key)).isEqualTo(name);
    }

    @Test
    void aKeyLongerThanEveryNameMatchesNoneAndTheGuestHalts() {
        // config.c:813 "no match for key": "cmdlines" is longer than "cmdline", so strncmp sees the NUL.
        assertThatConfig("{\"cmdline\": \"app\",\n \"cmdlines\": \"x\"}").withBins("app")
                .isRejectedAt("cmdlines", 2).withCode("older-halt").withMessageContaining("cmdlines");
    }

    @Test
    void prefixKeysConfigureAnInterfaceAndEachIsWarnedAbout() {
        // config.c:375-392: "i", "t", "m", "a", "ma" reach if, type, method, addr, mask.
        String json = """
                {"c": "app",
                 "n": {"i": "vioif0", "t": "inet", "m": "static", "a": "10.0.0.2", "ma": "24"}}
                """;
        assertThatConfig(json).withBins("app")
                .hasWarningAt("c", 1).withCode("older-prefix").and()
                .hasWarningAt("n.ma", 2).withCode("older-prefix").withMessageContaining("\"mask\"").and()
                .boot().succeeded().hasInterface("vioif0", "inet 10.0.0.2/24").program(0).hasArgv("app");
    }

    @Test
    void anEmptyKeyAtTheRootIsTheCmdline() {
        // config.c:798-808: "" is a prefix of the first parser, "cmdline".
        assertThatConfig("{\"\": \"app -v\"}").withBins("app")
                .hasWarningAt("[\"\"]", 1).withCode("older-prefix").and()
                .boot().succeeded().program(0).hasArgv("app", "-v");
    }

    @Test
    void rcIsReadAsRcTestingWithEachEntryGoingToTheNextBakedProgram() {
        // config.c:233-246 handle_rc, :216-224 argv[0] is bin; main.c:46-52 RUNMAIN advances one entry per program.
        String json = """
                {"env": "A=B", "rc": [{"bin": "a", "argv": ["-x"]},
                                      {"b": "b", "a": []}]}
                """;
        assertThatConfig(json).withBins("first", "second")
                .hasWarningAt("rc", 1).withCode("older-prefix").and()
                .hasWarningAt("rc[1].b", 2).withCode("older-prefix").and()
                .boot().succeeded()
                .program(0).hasBin("first").hasArgv("a", "-x").and()
                .program(1).hasBin("second").hasArgv("b");
    }

    // --- runmode

    @Test
    void runmodeAmpersandRunsInTheBackgroundAndPipeFeedsTheNextProgram() {
        // config.c:196-210: runmode "&" is RUMPRUN_EXEC_BACKGROUND, "|" RUMPRUN_EXEC_PIPE.
        String json = """
                {"rc_TESTING": [{"bin": "producer", "argv": [], "runmode": "|"},
                                {"bin": "consumer", "argv": [], "runmode": "&"},
                                {"bin": "last", "argv": []}]}
                """;
        Config config = read(json, "producer", "consumer", "last");
        assertThat(config.rc().orElseThrow()).extracting(e -> e.runmode().token()).containsExactly("|", "&", "");
        assertThatConfig(json).withBins("producer", "consumer", "last").boot().succeeded()
                .program(1).receivedStdoutOf(0);
    }

    @Test
    void anEmptyRunmodeHalts() {
        // config.c:197-210: a runmode that is not one character, "&" or "|", is errx "invalid runmode".
        assertThatConfig("{\"rc_TESTING\": [{\"bin\": \"a\", \"argv\": [], \"runmode\": \"\"}]}").withBins("a")
                .isRejectedAt("rc_TESTING[0].runmode", 1).withCode("older-halt");
    }

    @Test
    void aLastEntryThatPipesHalts() {
        // config.c:824-825 "last bin may not output to pipe".
        assertThatConfig("{\"rc_TESTING\": [{\"bin\": \"a\", \"argv\": [], \"runmode\": \"|\"}]}").withBins("a")
                .isRejectedAt("rc_TESTING[0]", 1).withCode("older-halt").withMessageContaining("pipe");
    }

    @Test
    void anRcEntryWithoutArgvCrashesTheGuest() {
        // config.c:215 reads t_argv->size with t_argv still NULL.
        assertThatConfig("{\"rc_TESTING\": [{\"bin\": \"a\"}]}").withBins("a")
                .isRejectedAt("rc_TESTING[0]", 1).withCode("older-halt").withMessageContaining("argv");
    }

    // --- halts rumpcfg once accepted

    @Test
    void aSecondClonerForOneInterfaceHalts() {
        // config.c:403-407: ifcreate of an interface that exists fails (EEXIST), errx.
        String json = """
                {"cmdline": "app",
                 "net": {"if": "xenif0", "cloner": "true", "type": "inet", "method": "dhcp"},
                 "net": {"if": "xenif0", "cloner": "true", "type": "inet6", "method": "auto"}}
                """;
        assertThatConfig(json).withBins("app").isRejectedAt("net.cloner", 3).withCode("older-halt")
                .withMessageContaining("EEXIST");
    }

    @Test
    void anInet6PrefixNotAMultipleOfEightHalts() {
        // config.c:324-327: rump_pub_netconfig_ipv6_ifaddr refuses the prefix, errx "ifconfig ... failed".
        String json = """
                {"cmdline": "app",
                 "net": {"if": "vioif0", "type": "inet6", "method": "static", "addr": "2001:db8::2", "mask": "60"}}
                """;
        assertThatConfig(json).withBins("app").isRejectedAt("net.mask", 2).withCode("older-halt")
                .withMessageContaining("multiple of 8");
        assertThatConfig(json.replace("\"60\"", "\"64\"")).withBins("app").boot().succeeded()
                .hasInterface("vioif0", "inet6 2001:db8::2/64");
    }

    @ParameterizedTest(name = "mask {0} is /{1}")
    @CsvSource({"24, 24", "24abc, 24", "' 16', 16", "abc, 32", "0, 32"})
    void theMaskIsReadWithAtoiAndPrefixZeroIsAHostRoute(String mask, int prefix) {
        // config.c:295 atoi(mask); netconfig.c's rump_netconfig_ipv4_ifaddr_cidr makes ~0U << (32 - mask),
        // which x86 shifts by 32 mod 32 = 0 for mask 0: a netmask of all ones.
        String json = "{\"cmdline\": \"app\",\n \"net\": {\"if\": \"vioif0\", \"type\": \"inet\", \"method\": \"static\","
                + " \"addr\": \"10.0.0.2\", \"mask\": \"" + mask + "\"}}";
        assertThatConfig(json).withBins("app").boot().succeeded().hasInterface("vioif0", "inet 10.0.0.2/" + prefix);
    }

    @Test
    void anInet4MaskOver32Halts() {
        // netconfig.c rump_netconfig_ipv4_ifaddr_cidr: mask < 0 || mask > 32 is EINVAL; config.c:290 errx.
        String json = "{\"cmdline\": \"app\",\n \"net\": {\"if\": \"vioif0\", \"type\": \"inet\", \"method\": \"static\","
                + " \"addr\": \"10.0.0.2\", \"mask\": \"33\"}}";
        assertThatConfig(json).withBins("app").isRejectedAt("net.mask", 2).withCode("older-halt");
    }

    @Test
    void aGatewayReachableOnlyThroughALaterNetObjectHalts() {
        // config.c:298-299: each gw is added when its net object is handled, through what is configured so far.
        String json = """
                {"cmdline": "app",
                 "net": {"if": "vioif0", "type": "inet", "method": "static", "addr": "10.0.0.2", "mask": "24", "gw": "10.1.0.1"},
                 "net": {"if": "vioif1", "type": "inet", "method": "static", "addr": "10.1.0.2", "mask": "24"}}
                """;
        assertThatConfig(json).withBins("app").isRejectedAt("net.gw", 2).withCode("older-halt")
                .withMessageContaining("so far");
    }

    @Test
    void aGatewayOnASubnetConfiguredEarlierIsAdded() {
        // config.c:298: the route is added through the earlier object's subnet.
        String json = """
                {"cmdline": "app",
                 "net": {"if": "vioif1", "type": "inet", "method": "static", "addr": "10.1.0.2", "mask": "24"},
                 "net": {"if": "vioif0", "type": "inet", "method": "static", "addr": "10.0.0.2", "mask": "24", "gw": "10.1.0.1"}}
                """;
        assertThatConfig(json).withBins("app").boot().succeeded().hasRoute("inet", "10.1.0.1");
    }

    @Test
    void aHostnameOf256BytesHalts() {
        // config.c:267: sethostname refuses a name of MAXHOSTNAMELEN (256) bytes or more (EINVAL), err.
        String name = "h".repeat(255);
        assertThatConfig("{\"cmdline\": \"app\",\n \"hostname\": \"" + name + "h\"}").withBins("app")
                .isRejectedAt("hostname", 2).withCode("older-halt").withMessageContaining("256");
        assertThatConfig("{\"cmdline\": \"app\", \"hostname\": \"" + name + "\"}").withBins("app").isValid();
    }

    @ParameterizedTest(name = "fstype {0} halts")
    @CsvSource({"kern", "ffs", "BLK"})
    void anFstypeOtherThanBlkOrKernfsHalts(String fstype) {
        // config.c:537-541 mounters[] has "blk" and "kernfs" only; :644 errx "unknown fstype".
        String json = "{\"cmdline\": \"app\",\n \"blk\": {\"source\": \"dev\", \"path\": \"virtual\", \"fstype\": \""
                + fstype + "\", \"mountpoint\": \"/kern\"}}";
        assertThatConfig(json).withBins("app").isRejectedAt("blk.fstype", 2).withCode("older-halt");
    }

    @ParameterizedTest(name = "{0} after the root halts")
    @CsvSource(delimiter = '|', value = {"junk", "\"tail\"", "42", "true"})
    void aWordOrStringAfterTheRootObjectHalts(String after) {
        // jsmn.c: tokens may follow the root; config.c:802 T_CHECKTYPE (a word) or :813 no match (a string).
        assertThatConfig("{\"cmdline\": \"app\"}\n" + after).withBins("app")
                .isRejectedAt("", 2).withCode("older-halt").withMessageContaining("after the root");
    }

    @Test
    void commasAfterTheRootObjectAreFine() {
        // jsmn.c: a ',' only changes which token is the parent; the launcher wrote one after the root.
        assertThatConfig("{\"cmdline\": \"app\"},,\n").withBins("app").isValid()
                .boot().succeeded().program(0).hasArgv("app");
    }

    @Test
    void aDocumentWithoutCmdlineOrRcHalts() {
        // config.c:820-822 "no bins": no rumprun_exec was gathered.
        assertThatConfig("{\"env\": \"A=B\"}").withBins("app")
                .isRejectedAt("", 1).withCode("older-halt").withMessageContaining("no bins");
    }

    // --- last or first wins

    @Test
    void anEnvNameGivenTwiceKeepsTheLastValue() {
        // config.c:255: each env is a putenv in document order; the last one stands.
        String json = """
                {"cmdline": "app", "env": "A=1",
                 "env": "A=2"}
                """;
        assertThatConfig(json).withBins("app").hasWarningAt("env", 2).withCode("older-twice").and()
                .boot().succeeded().hasEnv("A", "2").program(0).hasEnv("A", "2");
    }

    @Test
    void aKeyRepeatedInsideOneNetObjectKeepsTheLast() {
        // config.c:373-392: each member overwrites the variable of its key.
        String json = """
                {"cmdline": "app",
                 "net": {"if": "vioif0", "type": "inet", "method": "static", "addr": "10.0.0.9", "addr": "10.0.0.2", "mask": "24"}}
                """;
        assertThatConfig(json).withBins("app").hasWarningAt("net.addr", 2).withCode("older-twice").and()
                .boot().succeeded().hasInterface("vioif0", "inet 10.0.0.2/24");
    }

    @Test
    void cmdlineTwiceGivesTheFirstArgvToEveryProgram() {
        // main.c:51: a RUMPRUN_EXEC_CMDLINE entry is never advanced past, so the second cmdline is never used.
        String json = """
                {"cmdline": "one -a",
                 "cmdline": "two -b"}
                """;
        assertThatConfig(json).withBins("x", "y").hasWarningAt("cmdline", 2).withCode("older-unused").and()
                .boot().succeeded().program(0).hasBin("x").hasArgv("one", "-a").and()
                .program(1).hasBin("y").hasArgv("one", "-a");
    }

    @Test
    void rcEntriesThenACmdlineGiveTheCmdlineToEveryProgramLeft() {
        // main.c:46-52: entries are taken one per program until the cmdline entry, which the rest share.
        String json = "{\"rc_TESTING\": [{\"bin\": \"a\", \"argv\": [\"1\"]}], \"cmdline\": \"c 2\"}";
        Config config = read(json, "p", "q", "r");
        assertThat(config.rc().orElseThrow()).extracting(RcEntry::bin, e -> String.join(" ", e.argv()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p", "a 1"),
                        org.assertj.core.groups.Tuple.tuple("q", "c 2"), org.assertj.core.groups.Tuple.tuple("r", "c 2"));
    }

    @Test
    void anRcEntryAfterAReachedCmdlineNeverRuns() {
        // main.c:51: the cmdline entry is never advanced past, so the rc entry after it is never reached.
        String json = "{\"cmdline\": \"app\",\n \"rc_TESTING\": [{\"bin\": \"x\", \"argv\": [\"-v\"]}]}";
        assertThatConfig(json).withBins("app", "tool").hasWarningAt("rc_TESTING[0]", 2).withCode("older-unused")
                .withMessageContaining("never gets to this one").and()
                .boot().succeeded().program(1).hasBin("tool").hasArgv("app");
    }

    @Test
    void argvsRunningOutLeaveTheLaterProgramsNotRun() {
        // main.c:53-55 "out of argv entries": the loop stops.
        String json = "{\"rc_TESTING\": [{\"bin\": \"a\", \"argv\": []}]}";
        assertThatConfig(json).withBins("p", "q").hasWarningAt("rc_TESTING[0]", 1).withCode("older-unused").and()
                .boot().succeeded().startedPrograms(1);
    }

    @ParameterizedTest(name = "mountpoint {0}")
    @CsvSource({"/data/", "data", "//data", "/data/."})
    void aMountpointWrittenOtherwiseIsMountedAtItsNormalPath(String written) {
        // config.c:612-628 makes each directory of the path as written, then mounts on it.
        String json = "{\"cmdline\": \"app\",\n \"blk\": {\"source\": \"dev\", \"path\": \"/dev/ld0a\", \"fstype\": \"blk\","
                + " \"mountpoint\": \"" + written + "\"}}";
        assertThatConfig(json).withBins("app").onPlatform(p -> p.device("/dev/ld0a", "ffs"))
                .hasWarningAt("blk.mountpoint", 2).withCode("older-mountpoint").and()
                .boot().succeeded().hasMount("/data", "ffs");
    }

    @Test
    void oneMountpointGivenTwiceIsMountedTwiceTheSecondOverTheFirst() {
        // config.c:631-640: each blk with a mountpoint is mounted; mount(2) covers an existing mountpoint.
        String json = """
                {"cmdline": "app",
                 "blk": {"source": "dev", "path": "/dev/ld0a", "fstype": "blk", "mountpoint": "/data"},
                 "blk": {"source": "dev", "path": "/dev/ld1a", "fstype": "blk", "mountpoint": "/data"}}
                """;
        assertThatConfig(json).withBins("app").hasWarningAt("blk.mountpoint", 3).withCode("older-mountpoint").and()
                .plan().hasStepWaitingFor("mount:/data#2", "mount:/data");
        assertThatConfig(json).withBins("app")
                .onPlatform(p -> p.device("/dev/ld0a", "ffs").device("/dev/ld1a", "ext2fs"))
                .boot().succeeded().hasMount("/data", "ext2fs");
    }

    @Test
    void aMountOverAMountThatWaitsForItsDeviceIsPlannedAfterIt() {
        // config.c:631-640: the second mount at /data comes after the first, which needs its etfs device.
        String json = """
                {"cmdline": "app",
                 "blk": {"source": "etfs", "path": "xvda", "fstype": "blk", "mountpoint": "/data"},
                 "blk": {"source": "dev", "path": "virtual", "fstype": "kernfs", "mountpoint": "/data"}}
                """;
        assertThatConfig(json).withBins("app").plan()
                .hasStepWaitingFor("mount:/data", "blk:xvda").hasStepWaitingFor("mount:/data#2", "mount:/data");
    }

    @Test
    void aMountBeneathALaterMountIsHiddenByItOnTheGuest() {
        // config.c:631-640: each mount is made when its blk is reached; /data over /data/sub hides it.
        String json = """
                {"cmdline": "app",
                 "blk": {"source": "dev", "path": "/dev/ld1a", "fstype": "blk", "mountpoint": "/data/sub"},
                 "blk": {"source": "dev", "path": "/dev/ld0a", "fstype": "blk", "mountpoint": "/data"}}
                """;
        assertThatConfig(json).withBins("app").hasWarningAt("blk", 2).withCode("older-mountpoint")
                .withMessageContaining("hides it");
    }

    // --- cut short or passed raw

    @Test
    void aLongEtfsPathIsCutToTheDeviceNameBuffer() {
        // config.c:495-496: snprintf into 32-byte buffers: "/dev/" + 26 bytes, "XENBLK_" + 24 bytes.
        String path = "xvd" + "a".repeat(37);
        String json = "{\"cmdline\": \"app\",\n \"blk\": {\"source\": \"etfs\", \"path\": \"" + path + "\"}}";
        Config config = read(json, "app");
        assertThat(config.blk()).singleElement().satisfies(b -> {
            assertThat(b.devicePath()).isEqualTo("/dev/" + path.substring(0, 26));
            assertThat(((io.rumpcfg.model.Blk.Etfs) b).hostPath()).isEqualTo("blkfront:" + path.substring(0, 24));
        });
        assertThatConfig(json).withBins("app").hasWarningAt("blk.path", 2).withCode("older-cut");
    }

    @Test
    void anEtfsPathOf25BytesKeepsItsDeviceButCutsItsDisk() {
        // config.c:495-496: the device keeps 26 bytes of the path, the XENBLK_ disk only 24.
        String path = "xvd" + "a".repeat(22);
        String json = "{\"cmdline\": \"app\",\n \"blk\": {\"source\": \"etfs\", \"path\": \"" + path + "\"}}";
        assertThat(read(json, "app").blk()).singleElement().satisfies(b -> {
            assertThat(b.devicePath()).isEqualTo("/dev/" + path);
            assertThat(((io.rumpcfg.model.Blk.Etfs) b).hostPath()).isEqualTo("blkfront:" + path.substring(0, 24));
        });
        assertThatConfig(json).withBins("app").hasWarningAt("blk.path", 2).withCode("older-cut");
    }

    @Test
    void anEnvValueOver4096BytesIsTakenWhole() {
        // config.c:255: putenv takes the string whole; the guest has no limit on a value.
        String value = "v".repeat(5000);
        assertThatConfig("{\"cmdline\": \"app\", \"env\": \"BIG=" + value + "\"}").withBins("app").isValid()
                .boot().succeeded().hasEnv("BIG", value);
    }

    @Test
    void aRawTabInsideAStringIsPartOfIt() {
        // jsmn.c jsmn_parse_string checks nothing but escapes; a raw TAB stays in the token.
        String json = "{\"cmdline\": \"app\", \"env\": \"A=x\ty\"}";
        assertThatConfig(json).withBins("app").hasWarningAt("env", 1).withCode("older-raw").and()
                .boot().succeeded().hasEnv("A", "x\ty");
    }

    @Test
    void aMissingColonAtTheRootStillReachesTheHandler() {
        // jsmn.c: without ':' the value is counted under the object; config.c:807-811 takes the next token anyway.
        assertThatConfig("{\"cmdline\" \"app -q\"}").withBins("app")
                .hasWarningAt("", 1).withCode("older-syntax").and()
                .boot().succeeded().program(0).hasArgv("app", "-q");
    }

    @Test
    void aMissingColonInsideANetObjectHalts() {
        // config.c:367 T_CHECKSIZE(key, 1): a key without its value has size 0.
        String json = "{\"cmdline\": \"app\",\n \"net\": {\"if\" \"vioif0\", \"type\": \"inet\", \"method\": \"dhcp\"}}";
        assertThatConfig(json).withBins("app").isRejectedAt("net", 2).withCode("older-halt");
    }

    @Test
    void escapesReachTheGuestAsWritten() {
        // config.c:90-96 token2cstr hands over the raw text; nothing decodes JSON escapes.
        String json = "{\"cmdline\": \"app a\\u0026b\", \"env\": \"URL=a\\u0026b\"}";
        assertThatConfig(json).withBins("app").hasWarningAt("env", 1).withCode("older-escape").and()
                .boot().succeeded().hasEnv("URL", "a\\u0026b").program(0).hasArgv("app", "au0026b");
    }

    // --- text before the root, and _RUMPRUN_ROOTFSCFG

    @Test
    void textBeforeTheFirstBraceIsSkipped() {
        // config.c:765-771: the guest steps over every byte before the first '{'.
        assertThatConfig("console=ttyS0 quiet\n{\"cmdline\": \"app\"}").withBins("app")
                .hasWarningAt("", 1).withCode("older-skipped").and()
                .boot().succeeded().program(0).hasArgv("app");
    }

    @Test
    void rootfsCfgAnywhereSendsTheGuestToTheRootDisk() {
        // config.c:736 strstr over the whole text, values included; :756-760 then reads the file from /rootfs.
        assertThatConfig("{\"cmdline\": \"app\", \"env\": \"X=_RUMPRUN_ROOTFSCFG=/a.json\"}").withBins("app")
                .isRejectedAt("", 1).withCode("older-rootfs").withMessageContaining("root disk");
    }

    // --- a vnd on a file system mounted later

    @Test
    void aVndOnAFileSystemMountedOnlyLaterHalts() {
        // config.c:466-470 VNDIOCSET opens the backing file when the blk object is reached.
        String json = """
                {"cmdline": "app",
                 "blk": {"source": "vnd", "path": "/data/img.iso", "fstype": "blk", "mountpoint": "/img"},
                 "blk": {"source": "dev", "path": "/dev/ld0a", "fstype": "blk", "mountpoint": "/data"}}
                """;
        assertThatConfig(json).withBins("app").isRejectedAt("blk.path", 2).withCode("older-halt")
                .withMessageContaining("only later");
    }

    @Test
    void aVndOnTheRumpRootBeforeAMountAtRootIsSetUp() {
        // config.c:466-470: the file is looked up when the vnd is set up, on what is mounted then;
        // a later mount at / (or over an earlier mount holding the file) does not take it away.
        String json = """
                {"cmdline": "app",
                 "blk": {"source": "dev", "path": "/dev/ld0a", "fstype": "blk", "mountpoint": "/data"},
                 "blk": {"source": "vnd", "path": "/data/img.iso", "fstype": "blk", "mountpoint": "/img"},
                 "blk": {"source": "dev", "path": "/dev/ld1a", "fstype": "blk", "mountpoint": "/"},
                 "blk": {"source": "dev", "path": "/dev/ld2a", "fstype": "blk", "mountpoint": "/data"}}
                """;
        assertThatConfig(json).withBins("app").isValid();
    }

    private static Config read(String json, String... bins) {
        ParseResult result = ConfigParser.create(ParseOptions.DEFAULTS.withBins(List.of(bins)))
                .parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).collect(Collectors.toList())).isEmpty();
        return result.config().orElseThrow();
    }
}
