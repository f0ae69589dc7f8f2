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
    enum RootKey implements Shape.Key { RC, ENV, HOSTNAME, NET, BLK, MOUNT, NETBSD }

    private static final Shape<RootKey> ROOT = Shape.of("the configuration", RootKey.values());
    private static final RootKey[] ROOT_KEYS = RootKey.values();
    static final List<String> KEYS = ROOT.names();
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
            int k = ROOT.index(key);
            if (k < 0) {
                if (key.equals(SCHEMA_KEY)) {
                    reading.string(value, path); // reported if it is not a string
                } else {
                    // A newer configuration on an older interpreter: say so, but go on.
                    reading.problems.unknownKey(path, t.position(m), key, ROOT.what(), KEYS, true);
                }
                continue;
            }
            switch (ROOT_KEYS[k]) {
                case RC:
                    if (rc == null) {
                        rc = new ArrayList<>();
                    }
                    rc.addAll(rcReader.read(value, path));
                    break;
                case ENV:
                    env = merged(env, new EnvReader(reading).read(value, path));
                    break;
                case HOSTNAME:
                    readHostname(m, path);
                    break;
                case NET:
                    Optional<Dns> read = netReader.read(value, path, interfaces, gateways);
                    if (read.isPresent() && dns == null) {
                        dns = read.get();
                    }
                    break;
                case BLK:
                    blk = merged(blk, new BlkReader(reading).read(value, path));
                    break;
                case MOUNT:
                    mounts = merged(mounts, new MountReader(reading).read(value, path));
                    break;
                case NETBSD:
                    sysctl = merged(sysctl, SysctlReader.readNetbsd(reading, value, path, ""));
                    break;
                default:
                    throw new AssertionError(ROOT_KEYS[k]);
            }
        }
        rcReader.finish();
        reading.unique.report();
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

    /** {@code hostname}, the member {@code m}; given once, the first counts. */
    private void readHostname(int m, ElementPath path) {
        reading.unique.name(UniqueNames.Kind.HOSTNAME, path, m);
        int value = Tape.value(m);
        Optional<String> name = reading.string(value, path);
        if (name.isEmpty()) {
            return;
        }
        if (!Syntax.isHostname(name.get())) {
            reading.problems.badValue(path, reading.tape.position(value), name.get(),
                    "an RFC 1123 host name: " + Faults.hostname(name.get()));
        } else if (hostname == null) {
            hostname = new Hostname(name.get(), reading.origin(path, value));
        }
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
