package io.rumpcfg.parse;

import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.Net;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.Sysctl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the root object. A key repeated at the root is read each time and merged in
 * document order (the launcher script writes {@code "env"} once per variable); names that
 * must be unique stay unique across the repeats.
 */
final class RootReader {
    static final List<String> KEYS = List.of("rc", "env", "hostname", "net", "blk", "mount", "netbsd");
    /** Where editors look for a document's JSON Schema; it configures nothing, so it is read and dropped. */
    static final String SCHEMA_KEY = "$schema";

    private final Reading reading;
    private final RcReader rcReader;
    private final NetReader netReader;

    private List<Sysctl> sysctl = List.of();
    private List<RcEntry> rc;
    private List<EnvVar> env = List.of();
    private Hostname hostname;
    private final ArrayList<NetInterface> interfaces = new ArrayList<>();
    private final List<Gateway> gateways = new ArrayList<>();
    private Dns dns;
    private List<Blk> blk = List.of();
    private List<Mount> mounts = List.of();

    RootReader(Reading reading) {
        this.reading = reading;
        this.rcReader = new RcReader(reading);
        this.netReader = new NetReader(reading);
    }

    /** The configuration, if the document has no error. */
    Optional<Config> read(int root) {
        Tape t = reading.tape;
        ElementPath top = ElementPath.root();
        for (int m = t.first(root); m != Tape.NONE; m = t.next(m)) {
            String key = t.text(m);
            int value = Tape.value(m);
            ElementPath path = top.key(key);
            switch (key) {
                case "rc":
                    if (rc == null) {
                        rc = new ArrayList<>();
                    }
                    rc.addAll(rcReader.read(value, path));
                    break;
                case "env":
                    env = merged(env, new EnvReader(reading).read(value, path));
                    break;
                case "hostname":
                    readHostname(m, path);
                    break;
                case "net":
                    Optional<Dns> read = netReader.read(value, path, interfaces, gateways);
                    if (read.isPresent()) {
                        dns = read.get();
                    }
                    break;
                case "blk":
                    blk = merged(blk, new BlkReader(reading).read(value, path));
                    break;
                case "mount":
                    mounts = merged(mounts, new MountReader(reading).read(value, path));
                    break;
                case "netbsd":
                    sysctl = merged(sysctl, SysctlReader.readNetbsd(reading, value, path, ""));
                    break;
                case SCHEMA_KEY:
                    reading.string(value, path);
                    break;
                default:
                    // A newer configuration on an older interpreter: say so, but go on.
                    reading.problems.unknownKey(path, t.position(m), key, "the configuration", KEYS, true);
            }
        }
        rcReader.finish();
        checkHostnameAgainstSysctl();
        if (reading.problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Config(sysctl, Optional.ofNullable(rc), env, Optional.ofNullable(hostname),
                new Net(interfaces, gateways, Optional.ofNullable(dns)), blk, mounts));
    }

    /** {@code read} after {@code sofar}: a key seen once (the usual case) keeps its list, uncopied. */
    private static <T> List<T> merged(List<T> sofar, List<T> read) {
        if (sofar.isEmpty()) {
            return read;
        }
        List<T> out = new ArrayList<>(sofar.size() + read.size());
        out.addAll(sofar);
        out.addAll(read);
        return out;
    }

    private void readHostname(int m, ElementPath path) {
        Optional<Hostname> read = hostname(reading, m, path);
        if (read.isPresent()) {
            hostname = read.get();
        }
    }

    /** {@code hostname} (the member {@code m}), which both formats write the same way; given once. */
    static Optional<Hostname> hostname(Reading reading, int m, ElementPath path) {
        int value = Tape.value(m);
        String name = reading.string(value, path);
        if (name == null || !reading.once(path, reading.tape.position(m))) {
            return Optional.empty();
        }
        if (!Syntax.isHostname(name)) {
            reading.problems.badValue(path, reading.tape.position(value), name, "an RFC 1123 host name: " + Faults.hostname(name));
            return Optional.empty();
        }
        return Optional.of(new Hostname(name, reading.origin(path, value)));
    }

    private void checkHostnameAgainstSysctl() {
        if (hostname == null) {
            return;
        }
        for (Sysctl s : sysctl) {
            if (!s.key().equals(Hostname.SYSCTL_KEY)) {
                continue;
            }
            Origin at = s.origin();
            if (s.value().text().equals(hostname.name())) {
                reading.problems.hostnameRepeated(at.path(), at.position(), hostname.name(), hostname.origin().position());
            } else {
                reading.problems.hostnameConflict(at.path(), at.position(), s.value().text(), hostname.name(),
                        hostname.origin().position());
            }
        }
    }
}
