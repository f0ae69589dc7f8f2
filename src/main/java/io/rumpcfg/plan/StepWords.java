package io.rumpcfg.plan;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Sysctl;
import java.util.ArrayList;
import java.util.List;

/** What a step does, in the words of the NetBSD command that would do it by hand. */
final class StepWords implements Step.Visitor<String, RuntimeException>,
        MountSource.Visitor<String, RuntimeException>, Blk.Visitor<String, RuntimeException> {
    /** What a word may hold besides ASCII letters and digits and still need no quotes. */
    private static final String PLAIN_PUNCTUATION = "_@%+=:,./-";
    private static final StepWords REVEALING = new StepWords(true);
    private static final StepWords HIDING = new StepWords(false);

    /** Whether a secret env value is shown rather than {@link EnvVar#REDACTED}. */
    private final boolean reveal;

    private StepWords(boolean reveal) {
        this.reveal = reveal;
    }

    static String describe(Step step, boolean reveal) {
        return step.accept(reveal ? REVEALING : HIDING);
    }

    @Override
    public String sysctl(Step.SetSysctl step) {
        Sysctl s = step.sysctl();
        return "sysctl -w " + s.key() + "=" + quote(s.value().text());
    }

    @Override
    public String env(Step.SetEnv step) {
        return "export " + step.env().name() + "=" + quote(step.env().shownValue(reveal));
    }

    @Override
    public String hostname(Step.SetHostname step) {
        return "hostname " + quote(step.hostname().name());
    }

    @Override
    public String iface(Step.ConfigureInterface step) {
        return ifconfig(step.iface());
    }

    @Override
    public String gateway(Step.AddGateway step) {
        return "route add -" + step.gateway().type().token() + " default " + step.gateway().addr();
    }

    @Override
    public String resolvConf(Step.WriteResolvConf step) {
        List<String> servers = new ArrayList<>();
        for (IpAddress server : step.dns().nameservers()) {
            servers.add(server.toString());
        }
        String search = step.dns().search().isEmpty() ? "" : "; search " + String.join(" ", step.dns().search());
        return "write /etc/resolv.conf: nameserver " + String.join(", ", servers) + search;
    }

    @Override
    public String blk(Step.ConfigureBlk step) {
        return step.blk().accept(this) + step.resolvedFile();
    }

    @Override
    public String etfs(Blk.Etfs etfs) {
        return "etfs register " + etfs.devicePath() + " as ";
    }

    @Override
    public String vnd(Blk.Vnd vnd) {
        return "vnconfig -r " + vnd.name() + " ";
    }

    @Override
    public String mount(Step.MountFs step) {
        return step.mount().source().accept(this) + " on " + step.mount().mountpoint();
    }

    @Override
    public String blk(MountSource.BlkDevice blk) {
        return "mount " + String.join("|", MountSource.BlkDevice.FILESYSTEMS) + " " + blk.device();
    }

    @Override
    public String kernfs(MountSource.Kernfs kernfs) {
        return "mount kernfs";
    }

    @Override
    public String tmpfs(MountSource.Tmpfs tmpfs) {
        return "mount tmpfs -s " + tmpfs.sizeText().orElse(Long.toString(tmpfs.sizeBytes()));
    }

    @Override
    public String nfs(MountSource.Nfs nfs) {
        return "mount nfs -o nfsv" + nfs.vers() + "," + nfs.proto().token() + (nfs.readOnly() ? ",ro " : " ")
                + nfs.path();
    }

    @Override
    public String program(Step.StartProgram step) {
        return run(step.entry());
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
        if (isPlain(word) || word.equals(EnvVar.REDACTED)) {
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
