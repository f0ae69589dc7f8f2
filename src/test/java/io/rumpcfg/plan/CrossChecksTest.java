package io.rumpcfg.plan;

import static io.rumpcfg.plan.ConfigBuilder.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Position;
import io.rumpcfg.model.Severity;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrossChecksTest {
    /** What {@link CrossChecks#vndUnit} reads by hand, kept off the boot path: the unit is group 1. */
    private static final Pattern VND_NODE = Pattern.compile("/dev/vnd([0-9]+)[a-z]*");

    @ParameterizedTest
    @ValueSource(strings = {"/dev/vnd0", "/dev/vnd0a", "/dev/vnd12abc", "/dev/vnd007", "/dev/vnd0z", "/dev/vnd",
        "/dev/vnda", "/dev/vnd0A", "/dev/vnd0a1", "/dev/vnd0/", "/dev/vnd0`", "/dev/vnd0{", "/dev/vnd/0",
        "/dev/vnd\u0663", "/dev/vnd0\u00e9", "dev/vnd0", "/dev/vnd 0", "/dev/xbd0a", "/dev/VND0", ""})
    void vndUnitReadsWhatTheVndNodeRegexCaptures(String device) {
        Matcher m = VND_NODE.matcher(device);

        assertThat(CrossChecks.vndUnit(device)).isEqualTo(m.matches() ? Optional.of(m.group(1)) : Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/vnd1a", "/dev/vnd1", "/dev/vnd1d"})
    void mountingAVndThatIsNotConfiguredIsAnError(String device) {
        PlanResult result = Planner.plan(config()
                .vnd("vnd0", "/a.iso")
                .line(6).blkMount("/data", device)
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.plan()).isEmpty();
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.ERROR, Code.VND_NOT_CONFIGURED,
                "mounts " + device + " but blk.vnd1 is not configured: a vnd exists only once configured",
                ElementPath.parse("mount[\"/data\"]"), Position.of(6, 5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/vnd1a", "/dev/ld0a", "/dev/xbd3", "/dev/sd0e"})
    void aConfiguredVndOrAHardwareDeviceIsAccepted(String device) {
        PlanResult result = Planner.plan(config().vnd("vnd1", "/a.iso").blkMount("/data", device).build(),
                PlanOptions.DEFAULTS);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.plan()).isPresent();
    }

    @ParameterizedTest(name = "gateway {0} with addresses {1}")
    @CsvSource({
        "10.0.0.1, 10.0.0.2/24",
        "10.0.0.1, 192.168.1.5/24 10.0.0.100/25",
        "10.9.9.9, 192.168.1.5/24 dhcp",
        "10.0.0.1, 10.0.0.2/24 2001:db8::2/64",
    })
    void aReachableGatewayIsAccepted(String gateway, String addrs) {
        PlanResult result = Planner.plan(config().iface("vioif0", addrs.split(" ")).gateway(gateway).build(),
                PlanOptions.DEFAULTS);

        assertThat(result.diagnostics()).isEmpty();
    }

    @ParameterizedTest(name = "gateway {0} with addresses {1}")
    @CsvSource(delimiter = ';', value = {
        "10.1.0.1; 10.0.0.2/24 192.168.0.2/16; it is outside every static inet subnet (10.0.0.2/24, 192.168.0.2/16)",
        "10.0.0.1; 2001:db8::2/64 auto; no interface has a static inet address",
    })
    void anUnreachableStaticGatewayIsAWarning(String gateway, String addrs, String why) {
        PlanResult result = Planner.plan(config()
                .iface("vioif0", addrs.split(" "))
                .line(20).gateway(gateway)
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.plan()).isPresent();
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.WARNING, Code.GATEWAY_UNREACHABLE,
                "gateway " + gateway + " would be unreachable: " + why + " and no interface uses dhcp",
                ElementPath.parse("net.gateways[0]"), Position.of(20, 5)));
    }

    @Test
    void theSameAddressOnTwoInterfacesIsAnError() {
        PlanResult result = Planner.plan(config()
                .line(4).iface("vioif0", "10.0.0.2/24")
                .line(8).iface("vioif1", "2001:db8::2/64", "10.0.0.2/16")
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.plan()).isEmpty();
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.ERROR, Code.DUPLICATE_ADDRESS,
                "10.0.0.2 is on two interfaces: vioif1 and vioif0 at net.interfaces.vioif0.addrs[0] (line 5)",
                ElementPath.parse("net.interfaces.vioif1.addrs[1]"), Position.of(10, 5)));
    }

    @Test
    void twoSpellingsOfOneIpv6AddressAreTheSameAddress() {
        PlanResult result = Planner.plan(config()
                .iface("vioif0", "2001:db8::2/64")
                .iface("vioif1", "2001:0db8:0:0::0002/64")
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.DUPLICATE_ADDRESS);
    }

    @Test
    void distinctAddressesOnTwoInterfacesAreAccepted() {
        PlanResult result = Planner.plan(config()
                .iface("vioif0", "10.0.0.2/24")
                .iface("vioif1", "10.0.0.3/24")
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(Arrays.asList(result.plan().isPresent())).containsExactly(true);
    }

    @Test
    void oneDeviceMountedOnTwoMountpointsIsAnError() {
        PlanResult result = Planner.plan(config()
                .line(3).blkMount("/data", "/dev/ld0a")
                .blkMount("/logs", "/dev/ld1a")
                .tmpfs("/tmp")
                .line(9).blkMount("/data2", "/dev/ld0a")
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.plan()).isEmpty();
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.ERROR, Code.DEVICE_MOUNTED_TWICE,
                "mounts /dev/ld0a, which mount[\"/data\"] (line 3) already mounts: a block device is mounted once,"
                        + " and a second mount of it fails (EBUSY)",
                ElementPath.parse("mount[\"/data2\"]"), Position.of(9, 5)));
    }

    @Test
    void distinctDevicesAndTwoNfsMountsOfOneExportAreAccepted() {
        PlanResult result = Planner.plan(config()
                .iface("vioif0", "10.0.0.2/24")
                .blkMount("/data", "/dev/ld0a")
                .blkMount("/data2", "/dev/ld0b")
                .nfs("/a", "10.0.0.9:/export")
                .nfs("/b", "10.0.0.9:/export")
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void anNfsMountWithNoInterfaceIsAWarning() {
        PlanResult result = Planner.plan(config()
                .line(4).nfs("/data", "10.0.0.9:/export")
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.plan()).isPresent();
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.WARNING, Code.NFS_WITHOUT_NETWORK,
                "mounts nfs from 10.0.0.9:/export, but no interface is configured (net.interfaces): the server"
                        + " cannot be reached",
                ElementPath.parse("mount[\"/data\"]"), Position.of(4, 5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:/export", "[::1]:/export", "localhost:/export"})
    void anNfsServerOnTheLoopbackNeedsNoInterface(String path) {
        PlanResult result = Planner.plan(config().nfs("/data", path).build(), PlanOptions.DEFAULTS);

        assertThat(result.diagnostics()).isEmpty();
    }

    @ParameterizedTest(name = "gateway {0} with addresses {1}")
    @CsvSource(delimiter = ';', value = {
        "2001:db8::1; 10.0.0.2/24; no interface has a static inet6 address and no interface uses auto",
        "2001:db8:1::1; 2001:db8::2/64; it is outside every static inet6 subnet (2001:db8::2/64) and no interface uses auto",
    })
    void anInet6GatewayWithNoInet6AddressToReachItIsAWarning(String gateway, String addrs, String why) {
        PlanResult result = Planner.plan(config()
                .iface("vioif0", addrs.split(" "))
                .line(20).gateway(gateway)
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.plan()).isPresent();
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.WARNING, Code.GATEWAY_UNREACHABLE,
                "gateway " + gateway + " would be unreachable: " + why,
                ElementPath.parse("net.gateways[0]"), Position.of(20, 5)));
    }

    @ParameterizedTest(name = "gateway {0} with addresses {1}")
    @CsvSource({
        "2001:db8::1, 2001:db8::2/64",
        "2001:db8:9::1, auto",
        "fe80::1, 10.0.0.2/24",
    })
    void anInet6GatewayOnAnInet6SubnetAutoOrLinkLocalIsAccepted(String gateway, String addrs) {
        PlanResult result = Planner.plan(config().iface("vioif0", addrs.split(" ")).gateway(gateway).build(),
                PlanOptions.DEFAULTS);

        assertThat(result.diagnostics()).isEmpty();
    }

    @ParameterizedTest(name = "gateway {0} with address {1}")
    @CsvSource({"10.0.0.2, 10.0.0.2/24", "2001:db8::2, 2001:db8::2/64", "10.0.0.5, 10.0.0.5/32"})
    void aGatewayThatIsTheInterfacesOwnAddressIsAWarning(String gateway, String addr) {
        PlanResult result = Planner.plan(config()
                .line(4).iface("vioif0", addr)
                .line(20).gateway(gateway)
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.plan()).isPresent();
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.WARNING, Code.GATEWAY_OWN_ADDRESS,
                "gateway " + gateway + " is the address of vioif0 itself (net.interfaces.vioif0.addrs[0] (line 5)),"
                        + " not a router's: give the router's address",
                ElementPath.parse("net.gateways[0]"), Position.of(20, 5)));
    }

    @ParameterizedTest(name = "gateway {0} with address {1}")
    @CsvSource({"10.0.0.255, 10.0.0.2/24", "10.0.255.255, 10.0.0.2/16", "192.168.1.3, 192.168.1.1/30"})
    void aGatewayThatIsTheSubnetsBroadcastAddressIsAWarning(String gateway, String addr) {
        PlanResult result = Planner.plan(config()
                .iface("vioif0", addr)
                .line(20).gateway(gateway)
                .build(), PlanOptions.DEFAULTS);

        assertThat(result.plan()).isPresent();
        assertThat(result.diagnostics()).containsExactly(new Diagnostic(Severity.WARNING, Code.GATEWAY_BROADCAST,
                "gateway " + gateway + " is the broadcast address of vioif0's subnet " + addr
                        + ", not a router's: give the router's address",
                ElementPath.parse("net.gateways[0]"), Position.of(20, 5)));
    }

    @ParameterizedTest(name = "gateway {0} with address {1}")
    @CsvSource({"10.0.0.254, 10.0.0.2/24", "10.0.0.1, 10.0.0.0/31", "10.0.0.1, 10.0.0.2/24"})
    void aGatewayBelowTheBroadcastOrOnAPointToPointLinkIsAccepted(String gateway, String addr) {
        PlanResult result = Planner.plan(config().iface("vioif0", addr).gateway(gateway).build(), PlanOptions.DEFAULTS);

        assertThat(result.diagnostics()).isEmpty();
    }
}
