package io.rumpcfg.launch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Xen PV domain through xl: the domain is created paused, the configuration written to its
 * {@code rumprun/cfg} key by rumpcfg's own xenstore client (byte for byte, which
 * {@code xenstore-write} does not do), then the domain is unpaused and its console attached.
 * It is destroyed when it powers off, crashes or reboots, so that the console ends with it.
 */
final class XenLaunch {
    static final String DOMAIN_CFG = "domain.cfg";
    static final String CONFIG = "rumprun.json";

    private XenLaunch() {}

    static List<Action> actions(LaunchSpec spec) {
        String name = domainName(spec);
        String xl = spec.hypervisor().program();
        return List.of(
                new Action.WriteFile(CONFIG, spec.document()),
                new Action.WriteFile(DOMAIN_CFG, domainConfig(spec, name).getBytes(StandardCharsets.UTF_8)),
                new Action.Run(List.of(Arg.text(xl), Arg.text("create"), Arg.text("-p"), new Arg.InDir(DOMAIN_CFG)), false),
                new Action.CaptureDomid(List.of(Arg.text(xl), Arg.text("domid"), Arg.text(name))),
                new Action.WriteXenstore(CONFIG, spec.xenstoreSocket(), spec.xenstoreTimeout(),
                        List.of(Arg.text(xl), Arg.text("destroy"), new Arg.DomId())),
                new Action.Run(List.of(Arg.text(xl), Arg.text("unpause"), new Arg.DomId()), false),
                new Action.Run(List.of(Arg.text(xl), Arg.text("console"), new Arg.DomId()), false));
    }

    /** {@code rumprun-} and the kernel's file name, as the rumprun launcher named domains, made safe for xl. */
    static String domainName(LaunchSpec spec) {
        return "rumprun-" + spec.kernel().getFileName().toString().replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** The xl configuration; every path was checked to hold no quote, backslash or line break. */
    static String domainConfig(LaunchSpec spec, String name) {
        List<String> vifs = new ArrayList<>();
        List<String> disks = new ArrayList<>();
        for (Attached a : spec.devices()) {
            if (a.device().kind() == DeviceKind.XEN_VIF) {
                vifs.add("'bridge=" + a.host() + "'");
            } else {
                disks.add("'format=raw, vdev=" + a.device().name() + ", access=rw, target=" + a.host() + "'");
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("name = \"").append(name).append("\"\n");
        out.append("kernel = \"").append(spec.kernel()).append("\"\n");
        out.append("memory = ").append(spec.memoryMiB()).append('\n');
        out.append("vcpus = 1\n");
        out.append("on_poweroff = \"destroy\"\n");
        out.append("on_reboot = \"destroy\"\n");
        out.append("on_crash = \"destroy\"\n");
        if (!vifs.isEmpty()) {
            out.append("vif = [ ").append(String.join(", ", vifs)).append(" ]\n");
        }
        if (!disks.isEmpty()) {
            out.append("disk = [ ").append(String.join(", ", disks)).append(" ]\n");
        }
        return out.toString();
    }
}
