package io.rumpcfg.plan;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Sysctl;
import java.util.ArrayList;
import java.util.List;

/**
 * What a step does, in the words of the NetBSD command that would do it by hand.
 *
 * <p>No regexes, lambdas or streams here: {@code rumpcfg plan} prints these words on the boot
 * path, where loading java.util.regex and linking each lambda cost start-up time; see
 * docs/performance.md.
 */
final class StepWords {
    /** What a word may hold besides ASCII letters and digits and still need no quotes. */
    private static final String PLAIN_PUNCTUATION = "_@%+=:,./-";

    private StepWords() {}

    static String describe(Step step, boolean reveal) {
        if (step instanceof Step.SetSysctl) {
            Sysctl s = ((Step.SetSysctl) step).sysctl();
            return "sysctl -w " + s.key() + "=" + quote(s.value().text());
        }
        if (step instanceof Step.SetEnv) {
            Step.SetEnv env = (Step.SetEnv) step;
            return "export " + env.env().name() + "=" + quote(env.env().shownValue(reveal));
        }
        if (step instanceof Step.SetHostname) {
            return "hostname " + quote(((Step.SetHostname) step).hostname().name());
        }
        if (step instanceof Step.ConfigureInterface) {
            return ifconfig(((Step.ConfigureInterface) step).iface());
        }
        if (step instanceof Step.AddGateway) {
            Step.AddGateway gw = (Step.AddGateway) step;
            return "route add -" + gw.gateway().type().token() + " default " + gw.gateway().addr();
        }
        if (step instanceof Step.WriteResolvConf) {
            Step.WriteResolvConf dns = (Step.WriteResolvConf) step;
            List<String> servers = new ArrayList<>();
            for (IpAddress server : dns.dns().nameservers()) {
                servers.add(server.toString());
            }
            String search = dns.dns().search().isEmpty() ? "" : "; search " + String.join(" ", dns.dns().search());
            return "write /etc/resolv.conf: nameserver " + String.join(", ", servers) + search;
        }
        if (step instanceof Step.ConfigureBlk) {
            Step.ConfigureBlk blk = (Step.ConfigureBlk) step;
            return blk.blk() instanceof Blk.Vnd
                    ? "vnconfig -r " + blk.blk().name() + " " + blk.resolvedFile()
                    : "etfs register " + blk.blk().devicePath() + " as " + blk.resolvedFile();
        }
        if (step instanceof Step.MountFs) {
            return mount(((Step.MountFs) step).mount());
        }
        return run(((Step.StartProgram) step).entry());
    }

    private static String ifconfig(NetInterface iface) {
        StringBuilder out = new StringBuilder("ifconfig ").append(iface.name());
        if (iface.create()) {
            out.append(" create");
        }
        if (iface.addrs().isEmpty()) {
            return out.append(" up").toString();
        }
        List<String> addrs = new ArrayList<>();
        for (IfAddr addr : iface.addrs()) {
            addrs.add(addr.type().token() + " "
                    + (addr.addr().isPresent() ? addr.addr().get().toString() : addr.method().token()));
        }
        return out.append(": ").append(String.join(", ", addrs)).toString();
    }

    private static String mount(Mount mount) {
        MountSource source = mount.source();
        String on = " on " + mount.mountpoint();
        if (source instanceof MountSource.BlkDevice) {
            return "mount " + String.join("|", MountSource.BlkDevice.FILESYSTEMS) + " "
                    + ((MountSource.BlkDevice) source).device() + on;
        }
        if (source instanceof MountSource.Tmpfs) {
            MountSource.Tmpfs tmpfs = (MountSource.Tmpfs) source;
            return "mount tmpfs -s " + tmpfs.sizeText().orElse(Long.toString(tmpfs.sizeBytes())) + on;
        }
        if (source instanceof MountSource.Nfs) {
            MountSource.Nfs nfs = (MountSource.Nfs) source;
            return "mount nfs -o nfsv" + nfs.vers() + "," + nfs.proto().token() + (nfs.readOnly() ? ",ro " : " ")
                    + nfs.path() + on;
        }
        return "mount " + source.source() + on;
    }

    private static String run(RcEntry entry) {
        StringBuilder out = new StringBuilder("run ").append(quote(entry.bin()));
        List<String> argv = entry.effectiveArgv();
        if (!argv.get(0).equals(entry.bin())) {
            out.append(" as ").append(quote(argv.get(0)));
        }
        for (String arg : argv.subList(1, argv.size())) {
            out.append(' ').append(quote(arg));
        }
        if (entry.workdir().isPresent()) {
            out.append(" in ").append(quote(entry.workdir().get()));
        }
        for (Sysctl s : entry.sysctl()) {
            out.append(", sysctl ").append(s.key()).append('=').append(quote(s.value().text()));
        }
        if (entry.runmode() == RunMode.PIPE) {
            out.append(" |");
        } else if (entry.runmode() == RunMode.BACKGROUND) {
            out.append(" &");
        }
        return out.toString();
    }

    /** A word as a shell would need it: plain words as they are, others in single quotes. */
    static String quote(String word) {
        if (isPlain(word) || word.equals(io.rumpcfg.model.EnvVar.REDACTED)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** A word no shell splits or expands: one or more ASCII letters, digits and {@link #PLAIN_PUNCTUATION}. */
    static boolean isPlain(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || PLAIN_PUNCTUATION.indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
