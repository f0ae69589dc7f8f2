package io.rumpcfg.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import java.util.List;
import java.util.Optional;

/**
 * The floor of any reader that makes rumpcfg's model from Jackson's tokens: the benchmark's
 * configs (the generated ones and the 656-byte example) read straight into the model's records, each with its origin, and nothing checked.
 * No tape, no limits, no names registered, no unknown key looked for, no value judged: a
 * key or value this reader does not expect ends it with an exception, and a wrong one goes
 * through. So it is no parser; it measures what is left when everything a parser adds to
 * building the model is taken away.
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

    private final ShortStrings shortStrings = new ShortStrings();
    private TapeParser p;

    /** The model of {@code document}, one of the benchmark's configs. */
    public Config read(byte[] document) throws IOException {
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
                        hostname = Optional.of(new Hostname(string(value), memberValueOrigin(ElementPath.root(), key)));
                        break;
                    default:
                        throw unexpected(key);
                }
            }
            return new Config(sysctl, rc, env, hostname, net, List.of(), mounts);
        }
    }

    private Net net() throws IOException {
        List<NetInterface> interfaces = List.of();
        List<Gateway> gateways = List.of();
        Optional<Dns> dns = Optional.empty();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "interfaces":
                    interfaces = interfaces();
                    break;
                case "gateways":
                    gateways = gateways();
                    break;
                case "dns":
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
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Origin origin = memberOrigin(INTERFACES, name);
            ElementPath at = INTERFACES.key(name);
            expect(JsonToken.START_OBJECT);
            List<IfAddr> addrs = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (!p.currentName().equals("addrs")) {
                    throw unexpected(p.currentName());
                }
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
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                String value = string(p.nextToken());
                switch (key) {
                    case "type":
                        type = AddressFamily.fromToken(value).orElseThrow();
                        break;
                    case "method":
                        method = AddrMethod.fromToken(value).orElseThrow();
                        break;
                    case "addr":
                        int slash = value.indexOf('/');
                        addr = Optional.of(new Cidr(IpAddress.parse(value.substring(0, slash)).orElseThrow(),
                                Integer.parseInt(value.substring(slash + 1))));
                        break;
                    default:
                        throw unexpected(key);
                }
            }
            out.add(new IfAddr(type, method, addr, origin));
        }
        return out;
    }

    private List<Gateway> gateways() throws IOException {
        List<Gateway> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            Origin origin = valueOrigin(GATEWAYS.index(out.size()));
            AddressFamily type = null;
            IpAddress addr = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                String value = string(p.nextToken());
                if (key.equals("type")) {
                    type = AddressFamily.fromToken(value).orElseThrow();
                } else if (key.equals("addr")) {
                    addr = IpAddress.parse(value).orElseThrow();
                } else {
                    throw unexpected(key);
                }
            }
            out.add(new Gateway(type, addr, origin));
        }
        return out;
    }

    private Dns dns(Origin origin) throws IOException {
        List<IpAddress> nameservers = List.of();
        List<String> search = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            List<String> items = strings();
            if (key.equals("nameservers")) {
                List<IpAddress> addresses = new ArrayList<>();
                for (String item : items) {
                    addresses.add(IpAddress.parse(item).orElseThrow());
                }
                nameservers = addresses;
            } else if (key.equals("search")) {
                search = items;
            } else {
                throw unexpected(key);
            }
        }
        return new Dns(nameservers, search, origin);
    }

    private List<Mount> mounts() throws IOException {
        List<Mount> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String mountpoint = p.currentName();
            Origin origin = memberOrigin(MOUNT, mountpoint);
            expect(JsonToken.START_OBJECT);
            String source = null;
            String path = null;
            String size = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (key.equals("source")) {
                    source = string(value);
                } else if (key.equals("path")) {
                    path = string(value);
                } else if (key.equals("options")) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        if (!p.currentName().equals("size")) {
                            throw unexpected(p.currentName());
                        }
                        size = string(p.nextToken());
                    }
                } else {
                    throw unexpected(key);
                }
            }
            MountSource made;
            if ("blk".equals(source)) {
                made = new MountSource.BlkDevice(path);
            } else if ("kernfs".equals(source)) {
                made = new MountSource.Kernfs();
            } else if ("tmpfs".equals(source)) {
                made = new MountSource.Tmpfs(Syntax.sizeOf(size), Optional.of(size));
            } else {
                throw unexpected(source);
            }
            out.add(new Mount(mountpoint, made, origin));
        }
        return out;
    }

    private List<EnvVar> env() throws IOException {
        List<EnvVar> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
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
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                switch (key) {
                    case "bin":
                        bin = string(value);
                        break;
                    case "argv":
                        argv = strings();
                        break;
                    case "runmode":
                        runmode = RunMode.fromToken(string(value)).orElseThrow();
                        break;
                    default:
                        throw unexpected(key);
                }
            }
            out.add(new RcEntry(bin, argv, runmode, Optional.empty(), List.of(), origin));
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
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                    throw unexpected(key);
                }
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
        return out;
    }

    private String string(JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw unexpected(String.valueOf(token));
        }
        return p.stringValue(shortStrings);
    }

    /** The origin of the member just read, at its key; its path made only when asked for, as the parser's are. */
    private Origin memberOrigin(ElementPath parent, String key) {
        return Origin.ofMember(parent, key, p.keyLine(), p.keyColumn(), p.keyOffset());
    }

    /** The origin of the member whose value was just read, at that value. */
    private Origin memberValueOrigin(ElementPath parent, String key) {
        return Origin.ofMember(parent, key, p.getTokenLineNr(), p.getTokenColumnNr() - 1, p.getTokenCharacterOffset() - 1);
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
}
