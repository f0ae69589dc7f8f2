package io.rumpcfg.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.rumpcfg.internal.NameTable;
import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Cidr;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.Net;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.model.SysctlValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The floor of any reader that makes rumpcfg's model from Jackson's tokens: the benchmark's
 * configs (the generated ones and the 656-byte example) read straight into the model's
 * records, each with its origin. {@link #unchecked()} checks nothing: no tape, no limits, no
 * names registered, no unknown key looked for, no value judged. A key or value this reader
 * does not expect ends it with an exception, and a wrong one goes through. So it is no parser;
 * it measures what is left when everything a parser adds to building the model is taken away.
 *
 * <p>{@link #checked()} makes a second floor: the same reader, also making every check the parser
 * makes of a valid document of these shapes, with the parser's own rules ({@link Syntax}, the
 * {@link Limits}), but reporting nothing (a failed check ends it with an exception) and keeping
 * no tape. Repeated keys are looked for in each object, but names are not registered across
 * repeated root keys, which these configs do not have. It is what a parser that checks as the
 * tokens arrive, with no tape, could not go below.
 *
 * <p>It reads with the parser's own Jackson subclass ({@link TapeParser}: keys placed without
 * a location object, plain strings made from the bytes), which is why it lives in the
 * parser's package, and makes, for the benchmark's configs, a {@link Config} equal to the
 * parser's: {@link io.rumpcfg.bench.StageRatios} checks that before it times it.
 */
public final class ModelFloor {
    private static final JsonFactory FACTORY = new TapeParser.Factory(new JsonFactoryBuilder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION));
    private static final ElementPath NET = ElementPath.root().key("net");
    private static final ElementPath INTERFACES = NET.key("interfaces");
    private static final ElementPath GATEWAYS = NET.key("gateways");
    private static final ElementPath MOUNT = ElementPath.root().key("mount");
    private static final ElementPath ENV = ElementPath.root().key("env");
    private static final ElementPath RC = ElementPath.root().key("rc");
    private static final ElementPath SYSCTL = ElementPath.root().key("netbsd").key("sysctl");

    private final boolean checked;
    private final Limits limits = Limits.DEFAULTS;
    /**
     * The names of the name → value object being read, when checked: each given once, each
     * within the length limit, at most the member limit of them.
     */
    private final Names names = new Names(limits);
    private TapeParser p;

    private ModelFloor(boolean checked) {
        this.checked = checked;
    }

    /** The floor that checks nothing. */
    public static ModelFloor unchecked() {
        return new ModelFloor(false);
    }

    /** The floor that makes the parser's checks too. */
    public static ModelFloor checked() {
        return new ModelFloor(true);
    }

    /** The model of {@code document}, one of the benchmark's configs. */
    public Config read(byte[] document) throws IOException {
        // The parser's one pass over every byte, which tells it that no string needs a closer look.
        require(!checked || PlainDocument.is(document), "a plain document");
        try (JsonParser parser = FACTORY.createParser(document)) {
            p = (TapeParser) parser;
            expect(JsonToken.START_OBJECT);
            List<Sysctl> sysctl = List.of();
            Optional<List<RcEntry>> rc = Optional.empty();
            List<EnvVar> env = List.of();
            Optional<Hostname> hostname = Optional.empty();
            Net net = Net.NONE;
            List<Mount> mounts = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                switch (key) {
                    case "net":
                        net = net();
                        break;
                    case "mount":
                        mounts = mounts();
                        break;
                    case "env":
                        env = env();
                        break;
                    case "rc":
                        rc = Optional.of(rc());
                        break;
                    case "netbsd":
                        sysctl = netbsd();
                        break;
                    case "hostname":
                        String name = string(value);
                        require(!checked || Syntax.isHostname(name), "a host name");
                        hostname = Optional.of(new Hostname(name, memberValueOrigin(ElementPath.root(), key)));
                        break;
                    default:
                        throw unexpected(key);
                }
            }
            if (checked && hostname.isPresent()) {
                for (Sysctl s : sysctl) {
                    require(!s.key().equals(Hostname.SYSCTL_KEY), "no kern.hostname beside hostname");
                }
            }
            return new Config(sysctl, rc, env, hostname, net, List.of(), mounts);
        }
    }

    private Net net() throws IOException {
        List<NetInterface> interfaces = List.of();
        List<Gateway> gateways = List.of();
        Optional<Dns> dns = Optional.empty();
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "interfaces":
                    seen = once(seen, 0);
                    interfaces = interfaces();
                    break;
                case "gateways":
                    seen = once(seen, 1);
                    gateways = gateways();
                    break;
                case "dns":
                    seen = once(seen, 2);
                    dns = Optional.of(dns(memberValueOrigin(NET, key)));
                    break;
                default:
                    throw unexpected(key);
            }
        }
        return new Net(interfaces, gateways, dns);
    }

    private List<NetInterface> interfaces() throws IOException {
        List<NetInterface> out = new ArrayList<>();
        names.clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            require(!checked || Syntax.isInterfaceName(name) && names.add(name), "an interface name, once");
            Origin origin = memberOrigin(INTERFACES, name);
            ElementPath at = INTERFACES.key(name);
            expect(JsonToken.START_OBJECT);
            List<IfAddr> addrs = List.of();
            int seen = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (!p.currentName().equals("addrs")) {
                    throw unexpected(p.currentName());
                }
                seen = once(seen, 0);
                addrs = addrs(at.key("addrs"));
            }
            out.add(new NetInterface(name, false, addrs, origin));
        }
        return out;
    }

    private List<IfAddr> addrs(ElementPath at) throws IOException {
        expect(JsonToken.START_ARRAY);
        List<IfAddr> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            Origin origin = valueOrigin(at.index(out.size()));
            AddressFamily type = null;
            AddrMethod method = null;
            Optional<Cidr> addr = Optional.empty();
            String addrText = null;
            int seen = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                String value = string(p.nextToken());
                switch (key) {
                    case "type":
                        seen = once(seen, 0);
                        type = AddressFamily.fromToken(value).orElseThrow();
                        break;
                    case "method":
                        seen = once(seen, 1);
                        method = AddrMethod.fromToken(value).orElseThrow();
                        break;
                    case "addr":
                        seen = once(seen, 2);
                        addrText = value;
                        break;
                    default:
                        throw unexpected(key);
                }
            }
            if (addrText != null) {
                // Read once the family is known, in any order of the members, as the parser does.
                int slash = addrText.lastIndexOf('/');
                int prefix = Syntax.prefixLength(addrText, slash + 1, type.bits());
                require(slash > 0 && prefix >= 0, "a prefix length");
                addr = Optional.of(new Cidr(IpAddress.parse(addrText.substring(0, slash), type).orElseThrow(), prefix));
            }
            out.add(new IfAddr(type, method, addr, origin));
        }
        return out;
    }

    private List<Gateway> gateways() throws IOException {
        List<Gateway> out = new ArrayList<>();
        int families = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
            Origin origin = valueOrigin(GATEWAYS.index(out.size()));
            AddressFamily type = null;
            String addrText = null;
            int seen = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                String value = string(p.nextToken());
                if (key.equals("type")) {
                    seen = once(seen, 0);
                    type = AddressFamily.fromToken(value).orElseThrow();
                } else if (key.equals("addr")) {
                    seen = once(seen, 1);
                    addrText = value;
                } else {
                    throw unexpected(key);
                }
            }
            families = once(families, type.ordinal()); // one gateway per family
            out.add(new Gateway(type, IpAddress.parse(addrText, type).orElseThrow(), origin));
        }
        return out;
    }

    private Dns dns(Origin origin) throws IOException {
        List<IpAddress> nameservers = List.of();
        List<String> search = List.of();
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            List<String> items = strings();
            if (key.equals("nameservers")) {
                seen = once(seen, 0);
                require(!checked || items.size() <= Syntax.MAX_NAMESERVERS, "at most three nameservers");
                List<IpAddress> addresses = new ArrayList<>();
                for (String item : items) {
                    addresses.add(IpAddress.parse(item).orElseThrow());
                }
                nameservers = addresses;
            } else if (key.equals("search")) {
                seen = once(seen, 1);
                if (checked) {
                    require(items.size() <= Syntax.MAX_SEARCH_DOMAINS, "at most six search domains");
                    for (String domain : items) {
                        require(Syntax.isHostname(domain), "a domain name");
                    }
                    require(Syntax.searchLineLength(items) <= Syntax.MAX_SEARCH_LINE, "a search line that fits");
                }
                search = items;
            } else {
                throw unexpected(key);
            }
        }
        return new Dns(nameservers, search, origin);
    }

    private List<Mount> mounts() throws IOException {
        List<Mount> out = new ArrayList<>();
        names.clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String mountpoint = p.currentName();
            require(!checked || Syntax.isNormalAbsolutePath(mountpoint) && names.add(mountpoint), "a mountpoint, once");
            Origin origin = memberOrigin(MOUNT, mountpoint);
            expect(JsonToken.START_OBJECT);
            String source = null;
            String path = null;
            String size = null;
            int seen = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (key.equals("source")) {
                    seen = once(seen, 0);
                    source = string(value);
                } else if (key.equals("path")) {
                    seen = once(seen, 1);
                    path = string(value);
                } else if (key.equals("options")) {
                    seen = once(seen, 2);
                    int options = 0;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        if (!p.currentName().equals("size")) {
                            throw unexpected(p.currentName());
                        }
                        options = once(options, 0);
                        size = string(p.nextToken());
                    }
                } else {
                    throw unexpected(key);
                }
            }
            MountSource made;
            if ("blk".equals(source)) {
                require(!checked || size == null && Syntax.isDevicePath(path), "a device, and no options");
                made = new MountSource.BlkDevice(path);
            } else if ("kernfs".equals(source)) {
                require(!checked || path == null && size == null, "no path and no options");
                made = new MountSource.Kernfs();
            } else if ("tmpfs".equals(source)) {
                require(!checked || path == null, "no path");
                made = new MountSource.Tmpfs(Syntax.sizeOf(size).orElseThrow(), Optional.of(size));
            } else {
                throw unexpected(source);
            }
            out.add(new Mount(mountpoint, made, origin));
        }
        return out;
    }

    private List<EnvVar> env() throws IOException {
        List<EnvVar> out = new ArrayList<>();
        names.clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            require(!checked || Syntax.isEnvName(name) && names.add(name), "an environment name, once");
            Origin origin = memberOrigin(ENV, name);
            out.add(new EnvVar(name, string(p.nextToken()), origin));
        }
        return out;
    }

    private List<RcEntry> rc() throws IOException {
        List<RcEntry> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            Origin origin = valueOrigin(RC.index(out.size()));
            String bin = null;
            List<String> argv = List.of();
            RunMode runmode = RunMode.WAIT;
            int seen = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                switch (key) {
                    case "bin":
                        seen = once(seen, 0);
                        bin = string(value);
                        require(!checked || !bin.isEmpty() && !bin.equals(RcEntry.FIRST_BAKED), "a binary name");
                        break;
                    case "argv":
                        seen = once(seen, 1);
                        argv = strings();
                        break;
                    case "runmode":
                        seen = once(seen, 2);
                        runmode = RunMode.fromToken(string(value)).orElseThrow();
                        break;
                    default:
                        throw unexpected(key);
                }
            }
            out.add(new RcEntry(bin, argv, runmode, Optional.empty(), List.of(), origin));
        }
        if (checked && !out.isEmpty()) {
            require(out.get(out.size() - 1).runmode() != RunMode.PIPE, "no pipe from the last entry");
        }
        return out;
    }

    private List<Sysctl> netbsd() throws IOException {
        List<Sysctl> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            if (!p.currentName().equals("sysctl")) {
                throw unexpected(p.currentName());
            }
            expect(JsonToken.START_OBJECT);
            names.clear();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                require(!checked || Syntax.isSysctlKey(key) && Syntax.rlimit(key).isEmpty() && names.add(key),
                        "a sysctl name, not an rlimit, once");
                if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                    throw unexpected(key);
                }
                require(!checked || p.getTextLength() <= limits.maxNumberLength(), "a number within the limit");
                out.add(new Sysctl(key, new SysctlValue.Int(p.getLongValue()), memberValueOrigin(SYSCTL, key)));
            }
        }
        return out;
    }

    /** The items of an array of strings, at its start. */
    private List<String> strings() throws IOException {
        List<String> out = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            out.add(string(token));
        }
        require(!checked || out.size() <= limits.maxMembers(), "an array within the limit");
        return out;
    }

    private String string(JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw unexpected(String.valueOf(token));
        }
        String text = p.stringValue();
        require(!checked || text.length() <= limits.maxStringBytes(), "a string within the limit");
        return text;
    }

    /** {@code seen} with bit {@code k}, a key of a fixed shape, which must not be in it yet. */
    private int once(int seen, int k) {
        require(!checked || (seen & 1 << k) == 0, "each key once");
        return seen | 1 << k;
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("the checked floor reads only valid documents; wanted " + what);
        }
    }

    /** The origin of the member just read, at its key; its path made only when asked for, as the parser's are. */
    private Origin memberOrigin(ElementPath parent, String key) {
        return Origin.ofMember(parent, key, p.keyLine(), p.keyColumn(), p.keyOffset());
    }

    /** The origin of the member whose value was just read, at that value. */
    private Origin memberValueOrigin(ElementPath parent, String key) {
        long offset = p.getTokenCharacterOffset() - 1;
        return Origin.ofMember(parent, key, p.getTokenLineNr(), p.getTokenColumnNr() - 1, offset);
    }

    /** The origin of the value just read, at its first token. */
    private Origin valueOrigin(ElementPath path) {
        return new Origin(path, p.getTokenLineNr(), p.getTokenColumnNr() - 1, p.getTokenCharacterOffset() - 1);
    }

    private void expect(JsonToken token) throws IOException {
        if (p.nextToken() != token) {
            throw unexpected(String.valueOf(p.currentToken()));
        }
    }

    private static IllegalArgumentException unexpected(String what) {
        return new IllegalArgumentException("the model's floor reads only the benchmark's configs; not " + what);
    }

    /** A set of the names of one object, cleared for the next, in the library's own table. */
    private static final class Names {
        private final Limits limits;
        private final NameTable table = new NameTable(64);
        private int size;

        Names(Limits limits) {
            this.limits = limits;
        }

        void clear() {
            table.clear();
            size = 0;
        }

        /** False when {@code name} is in the set already, is too long, or is one too many. */
        boolean add(String name) {
            if (size == limits.maxMembers() || name.length() > limits.maxStringBytes()) {
                return false;
            }
            if (table.putIfAbsent(name, size) != NameTable.ABSENT) {
                return false;
            }
            size++;
            return true;
        }
    }
}
