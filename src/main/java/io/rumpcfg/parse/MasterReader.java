package io.rumpcfg.parse;

import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Cidr;
import io.rumpcfg.model.Config;
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
import io.rumpcfg.model.Position;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.model.SysctlValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a document of the older format the way rumprun master's guest reads it
 * ({@code rumprun_config()}), and says what that guest does with it: an error wherever the
 * guest halts, a warning wherever it reads the document other than the way it looks, and
 * otherwise the model of its effects.
 *
 * <p>The guest walks its tokens ({@link JsmnTokens}) once, in document order: an object is
 * stepped into wherever it is, a string is a key matched by prefix ({@link MasterKeys}),
 * and the key's handler takes the tokens after it. Every handler's effect happens when it is
 * reached, so what depends on order (a gateway on a subnet configured so far, a vnd backing
 * file on a file system mounted so far) is judged in document order here too. Strings are
 * taken as written, escapes and all: the guest never decodes them.
 *
 * <p>Where the guest halts, rumpcfg reports it and goes on with the next root key, so that
 * one run shows every halt it can tell apart; the guest itself stops at the first.
 */
final class MasterReader {
    /** The guest's device-name buffer: {@code /dev/} and the etfs path, cut to 31 bytes. */
    static final int DEVICE_NAME_BUFFER = 32;
    /** NetBSD's MAXHOSTNAMELEN: sethostname refuses a name of this many bytes or more. */
    static final int MAX_HOSTNAME_BYTES = 256;
    /** The programs a rumprun unikernel can bake in (rumprun_main1 to rumprun_main8). */
    static final int MAX_BAKED = 8;
    static final String ROOTFS_CFG = "_RUMPRUN_ROOTFSCFG=";
    /** The Solo5 forks' key for the programs' directory, which master does not have. */
    static final String CWD = "cwd";
    private static final String DEV = "/dev/";
    private static final String XENBLK = "XENBLK_";
    /** master mounts a vnd from RAW_PART, the partition covering the whole disk: 'd' on x86. */
    static final char VND_PARTITION = 'd';

    private final byte[] document;
    private final JsmnTokens t;
    private final LineMap lines;
    private final ParseOptions options;
    private final Problems problems;

    private final Map<String, EnvVar> env = new LinkedHashMap<>();
    private Origin hostnameAt;
    private String hostname;
    private final Map<String, Interface> interfaces = new LinkedHashMap<>();
    private final List<Gateway> gateways = new ArrayList<>();
    /** The static addresses configured so far, in order: what a gateway can be reached through. */
    private final List<Cidr> subnets = new ArrayList<>();
    private final List<AddressFamily> dynamic = new ArrayList<>();
    private final List<Blk> blk = new ArrayList<>();
    private final List<Mount> mounts = new ArrayList<>();
    private final Map<String, Position> mountedAt = new HashMap<>();
    /** The vnds' backing files with the number of mounts made before each. */
    private final List<int[]> vndOrder = new ArrayList<>();
    private final Map<String, Position> etfsNames = new HashMap<>();
    private int nextVnd;
    private final List<Exec> execs = new ArrayList<>();
    private boolean cmdlineSeen;
    private String cwd;

    /** An interface gathered from the net objects that name it. */
    private static final class Interface {
        final Origin origin;
        boolean created;
        final List<IfAddr> addrs = new ArrayList<>();

        Interface(Origin origin) {
            this.origin = origin;
        }
    }

    /** One argv the guest gathers ("rumprun_exec"): from a cmdline, or an rc entry. */
    private record Exec(List<String> argv, RunMode mode, boolean cmdline, Origin origin) {}

    private MasterReader(byte[] document, JsmnTokens tokens, LineMap lines, ParseOptions options, Problems problems) {
        this.document = document;
        this.t = tokens;
        this.lines = lines;
        this.options = options;
        this.problems = problems;
    }

    /**
     * The tokens of the document from its first {@code {}, or empty, reported, when the
     * guest's tokenizer fails on it.
     */
    static Optional<JsmnTokens> tokens(byte[] document, int from, LineMap lines, Problems problems) {
        JsmnTokens tokens = JsmnTokens.of(document, from);
        if (tokens.failed()) {
            problems.olderHalt(ElementPath.root(), lines.at(tokens.failedAt()),
                    "json parse failed: " + tokens.failure());
            return Optional.empty();
        }
        return Optional.of(tokens);
    }

    /** The configuration, if the guest boots it; every diagnostic goes to {@code problems}. */
    static Optional<Config> read(byte[] document, JsmnTokens tokens, LineMap lines, ParseOptions options,
            Problems problems) {
        return new MasterReader(document, tokens, lines, options, problems).read();
    }

    private Optional<Config> read() {
        rootfsCfg();
        int topEnd = -1;
        int first = -1;
        int i = 0;
        while (i < t.count()) {
            if (t.type(i) == JsmnTokens.OBJECT) {
                if (t.start(i) >= topEnd) {
                    topEnd = t.end(i);
                }
                i++;
                continue;
            }
            if (t.start(i) >= topEnd) {
                halt(ElementPath.root(), i, "text after the root object: " + describe(i));
                i = t.skip(i);
                continue;
            }
            if (t.type(i) != JsmnTokens.STRING) {
                halt(ElementPath.root(), i, describe(i) + " where a key is expected");
                i = t.skip(i);
                continue;
            }
            String key = t.text(i);
            ElementPath path = ElementPath.root().key(key);
            if (key.equals(CWD) && i + 1 < t.count()) {
                int next = cwd(path, i + 1);
                i = next < 0 ? t.skip(i + 1) : next;
                continue;
            }
            String name = MasterKeys.ROOT.match(key);
            if (name == null) {
                halt(path, i, "no key of the older format is spelled " + Problems.quote(key)
                        + " or begins so (" + String.join(", ", MasterKeys.ROOT.names()) + ")");
                i = afterMember(i);
                continue;
            }
            if (first < 0) {
                first = i;
                problems.olderFormat(at(i), path);
            }
            prefix(MasterKeys.ROOT, key, path, i);
            int value = i + 1;
            if (value >= t.count()) {
                halt(path, i, "a key with no value after it: the guest reads past its tokens");
                break;
            }
            int next = handle(name, path, i, value);
            i = next < 0 ? t.skip(value) : next;
        }
        List<RcEntry> rc = programs();
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        List<Sysctl> sysctl = new ArrayList<>();
        Optional<Hostname> host = Optional.empty();
        if (hostname != null) {
            if (Syntax.isHostname(hostname)) {
                host = Optional.of(new Hostname(hostname, hostnameAt));
            } else {
                problems.olderHostname(hostnameAt.path(), hostnameAt.position(), hostname);
                sysctl.add(new Sysctl(Hostname.SYSCTL_KEY, new SysctlValue.Str(hostname), hostnameAt));
            }
        }
        List<NetInterface> ifs = new ArrayList<>();
        interfaces.forEach((n, f) -> ifs.add(new NetInterface(n, f.created, f.addrs, f.origin)));
        return Optional.of(new Config(sysctl, Optional.of(rc), new ArrayList<>(env.values()), host,
                new Net(ifs, gateways, Optional.empty()), blk, mounts));
    }

    /** The guest looks for {@code _RUMPRUN_ROOTFSCFG=} anywhere in its text before anything else. */
    private void rootfsCfg() {
        String text = new String(document, 0, t.length(), StandardCharsets.UTF_8);
        int found = text.indexOf(ROOTFS_CFG);
        if (found >= 0) {
            int offset = text.substring(0, found).getBytes(StandardCharsets.UTF_8).length;
            String rest = text.substring(found + ROOTFS_CFG.length());
            problems.olderRootfsCfg(lines.at(offset), rest.replaceFirst("^/+", ""));
        }
    }

    /** Runs the handler of root key {@code name}; the index after what it took, or -1 when the guest halts. */
    private int handle(String name, ElementPath path, int key, int value) {
        switch (name) {
            case "cmdline":
                return cmdline(path, value);
            case "rc_TESTING":
                return rc(path, value);
            case "env":
                return env(path, value);
            case "hostname":
                return hostname(path, value);
            case "blk":
                return blk(path, key, value);
            default:
                return net(path, key, value);
        }
    }

    // --- the root keys' handlers, each as the guest's

    private int cmdline(ElementPath path, int value) {
        if (!isString(path, value, "cmdline")) {
            return -1;
        }
        String raw = t.text(value);
        List<String> argv = CmdlineWords.split(raw);
        if (t.escaped(value)) {
            List<String> decoded = CmdlineWords.split(decode(raw));
            if (!decoded.equals(argv)) {
                problems.olderEscapeArgv(path, at(value), argv, decoded);
            }
        }
        joinedArgs(raw, path, value, argv);
        Origin origin = origin(path, value);
        if (cmdlineSeen) {
            problems.olderUnused(path, at(value), "a second cmdline: the guest gives the first one's argv to every"
                    + " program the first reaches, and this one to none");
        }
        cmdlineSeen = true;
        execs.add(new Exec(argv, RunMode.WAIT, true, origin));
        return value + 1;
    }

    /** The Solo5 forks' {@code cwd}: the directory every program starts in. */
    private int cwd(ElementPath path, int value) {
        problems.olderFork(path, at(value - 1), "cwd", "changes to the directory every program starts in");
        if (!isString(path, value, "cwd")) {
            return -1;
        }
        String dir = raw(path, value);
        if (!Syntax.isNormalAbsolutePath(dir)) {
            problems.badValue(path, at(value), dir, "a workdir: an absolute, normal path");
            return -1;
        }
        cwd = dir;
        return value + 1;
    }

    private int rc(ElementPath path, int value) {
        if (t.type(value) != JsmnTokens.ARRAY) {
            halt(path, value, "rc_TESTING must be an array, not " + describe(value));
            return -1;
        }
        int next = value + 1;
        for (int k = 0; k < t.size(value); k++) {
            if (next >= t.count()) {
                halt(path.index(k), value, "the entries are not where the guest looks for them");
                return -1;
            }
            int taken = rcEntry(path.index(k), next);
            if (taken < 0) {
                return -1;
            }
            next += taken;
        }
        return next;
    }

    /** One rc entry; how many tokens the guest takes for it, or -1 when it halts. */
    private int rcEntry(ElementPath path, int entry) {
        if (t.type(entry) != JsmnTokens.OBJECT) {
            halt(path, entry, "an rc entry must be an object, not " + describe(entry));
            return -1;
        }
        int bin = -1;
        int argv = -1;
        int runmode = -1;
        int taken = 1;
        int p = entry + 1;
        for (int left = t.size(entry); left > 0; left--) {
            if (p + 1 >= t.count() || t.type(p) != JsmnTokens.STRING) {
                halt(path, p < t.count() ? p : entry, "an rc entry's member is not a key and its value");
                return -1;
            }
            String key = t.text(p);
            String name = MasterKeys.RC_ENTRY.match(key);
            ElementPath at = path.key(key);
            if (name == null) {
                halt(at, p, "an rc entry has no key spelled " + Problems.quote(key) + " or beginning so ("
                        + String.join(", ", MasterKeys.RC_ENTRY.names()) + ")");
                return -1;
            }
            prefix(MasterKeys.RC_ENTRY, key, at, p);
            int v = p + 1;
            int size;
            if (name.equals("argv")) {
                if (t.type(v) != JsmnTokens.ARRAY) {
                    halt(at, v, "argv must be an array, not " + describe(v));
                    return -1;
                }
                twice(argv, at, v);
                argv = v;
                size = 2 + t.size(v);
            } else {
                if (!pair(at, p, v)) {
                    return -1;
                }
                if (name.equals("bin")) {
                    twice(bin, at, v);
                    bin = v;
                } else {
                    twice(runmode, at, v);
                    runmode = v;
                }
                size = 2;
            }
            p += size;
            taken += size;
        }
        if (bin < 0) {
            halt(path, entry, "an rc entry without \"bin\"");
            return -1;
        }
        if (argv < 0) {
            halt(path, entry, "an rc entry without \"argv\": the guest reads the argv it does not have and crashes");
            return -1;
        }
        RunMode mode = RunMode.WAIT;
        if (runmode >= 0) {
            String m = t.text(runmode);
            mode = m.equals("&") ? RunMode.BACKGROUND : m.equals("|") ? RunMode.PIPE : null;
            if (mode == null) {
                halt(path.key(t.text(runmode - 1)), runmode, "runmode " + Problems.quote(m) + " is neither \"&\" nor \"|\"");
                return -1;
            }
        }
        List<String> words = new ArrayList<>();
        words.add(raw(path.key("bin"), bin));
        for (int k = 1; k <= t.size(argv); k++) {
            ElementPath wordAt = path.key(t.text(argv - 1)).index(k - 1);
            if (argv + k >= t.count() || t.type(argv + k) != JsmnTokens.STRING) {
                halt(wordAt, Math.min(argv + k, t.count() - 1), "each argv word must be a string");
                return -1;
            }
            words.add(raw(wordAt, argv + k));
        }
        execs.add(new Exec(words, mode, false, origin(path, entry)));
        return taken;
    }

    private int env(ElementPath path, int value) {
        if (t.type(value) != JsmnTokens.STRING) {
            // Not described by its text: a word here may be a secret written without quotes.
            halt(path, value, "env must be a string, not " + (t.type(value) == JsmnTokens.PRIMITIVE ? "a word"
                    : describe(value)));
            return -1;
        }
        String text = t.text(value);
        int eq = text.indexOf('=');
        if (eq <= 0) {
            halt(path, value, eq < 0 ? "an env string without '=': the guest's putenv refuses it"
                    : "an env string with an empty name: the guest's putenv refuses it");
            return -1;
        }
        String name = text.substring(0, eq);
        if (t.escaped(value)) {
            problems.olderEscapeEnv(path, at(value), name);
        }
        rawControl(path, value);
        EnvVar earlier = env.remove(name);
        if (earlier != null) {
            problems.olderLastWins(path, at(value), "env " + name, earlier.origin().position());
        }
        env.put(name, new EnvVar(name, text.substring(eq + 1), origin(path, value)));
        return value + 1;
    }

    private int hostname(ElementPath path, int value) {
        if (!isString(path, value, "hostname")) {
            return -1;
        }
        if (t.textBytes(value) >= MAX_HOSTNAME_BYTES) {
            halt(path, value, "a host name of " + t.textBytes(value) + " bytes: the guest's sethostname refuses "
                    + MAX_HOSTNAME_BYTES + " or more (MAXHOSTNAMELEN)");
            return -1;
        }
        String name = raw(path, value);
        if (hostnameAt != null) {
            problems.olderLastWins(path, at(value), "hostname", hostnameAt.position());
        }
        hostname = name;
        hostnameAt = origin(path, value);
        return value + 1;
    }

    private int net(ElementPath path, int key, int value) {
        Map<String, Integer> f = members(MasterKeys.NET, "net", path, value);
        if (f == null) {
            return -1;
        }
        int next = value + 2 * t.size(value) + 1;
        Integer ifname = f.get("if");
        Integer type = f.get("type");
        Integer method = f.get("method");
        if (ifname == null || type == null || method == null) {
            halt(path, value, "a net object without " + missing(f, "if", "type", "method")
                    + ": the guest halts (\"net cfg missing vital data\")");
            return -1;
        }
        String name = t.text(ifname);
        Origin origin = new Origin(path, at(key));
        if (!Syntax.isInterfaceName(name)) {
            halt(path.key(key(ifname)), ifname, "no interface is named " + Problems.quote(name)
                    + ": the guest cannot configure it (a name is letters, then a unit number: \"vioif0\")");
            return -1;
        }
        Integer cloner = f.get("cloner");
        Interface iface = interfaces.get(name);
        if (cloner != null && iface != null && iface.created) {
            halt(path.key(key(cloner)), cloner, "a second cloner for " + name
                    + ": the interface exists already, so creating it fails (EEXIST)");
            return -1;
        }
        String family = t.text(type);
        AddressFamily fam = family.equals("inet") ? AddressFamily.INET : family.equals("inet6") ? AddressFamily.INET6 : null;
        if (fam == null) {
            halt(path.key(key(type)), type, "network type " + Problems.quote(family) + " is neither \"inet\" nor \"inet6\"");
            return -1;
        }
        String how = t.text(method);
        String automatic = fam == AddressFamily.INET ? "dhcp" : "auto";
        if (!how.equals(automatic) && !how.equals("static")) {
            halt(path.key(key(method)), method, "method " + Problems.quote(how) + " for " + family + " is neither \"static\" nor \""
                    + automatic + "\"");
            return -1;
        }
        IfAddr addr;
        if (how.equals(automatic)) {
            for (String ignored : List.of("addr", "mask", "gw")) {
                Integer v = f.get(ignored);
                if (v != null) {
                    problems.olderIgnored(path.key(key(v)), at(v - 1), ignored, "with method " + how);
                }
            }
            addr = new IfAddr(fam, fam == AddressFamily.INET ? AddrMethod.DHCP : AddrMethod.AUTO, Optional.empty(), origin);
            dynamic.add(fam);
        } else {
            Optional<IfAddr> fixed = staticAddr(f, path, fam, origin);
            if (fixed.isEmpty()) {
                return -1;
            }
            addr = fixed.get();
        }
        if (iface == null) {
            iface = new Interface(origin);
            interfaces.put(name, iface);
        }
        iface.created |= cloner != null;
        iface.addrs.add(addr);
        if (addr.method() == AddrMethod.STATIC && !gateway(f, path, fam)) {
            return -1;
        }
        return next;
    }

    private Optional<IfAddr> staticAddr(Map<String, Integer> f, ElementPath path, AddressFamily fam, Origin origin) {
        Integer addr = f.get("addr");
        Integer mask = f.get("mask");
        if (addr == null || mask == null) {
            halt(path, addr == null ? f.get("type") : addr, "a static address without " + missing(f, "addr", "mask")
                    + ": the guest halts (\"static net cfg missing addr or mask\")");
            return Optional.empty();
        }
        String text = t.text(addr);
        Optional<IpAddress> ip = IpAddress.parse(text, fam);
        if (ip.isEmpty()) {
            halt(path.key(key(addr)), addr, Problems.quote(text) + " is not an " + fam.token()
                    + " address: ifconfig fails and the guest halts");
            return Optional.empty();
        }
        String maskText = t.text(mask);
        long prefix = atoi(maskText);
        ElementPath maskAt = path.key(key(mask));
        if (!String.valueOf(prefix).equals(maskText)) {
            problems.olderAtoi(maskAt, at(mask), maskText, prefix);
        }
        int bits = fam.bits();
        if (prefix < 0 || prefix > bits || (fam == AddressFamily.INET6 && prefix % 8 != 0)) {
            halt(maskAt, mask, "prefix length " + prefix + (fam == AddressFamily.INET6 && prefix >= 0 && prefix <= bits
                    ? " is not a multiple of 8, which the guest's inet6 netconfig refuses"
                    : " is out of range for " + fam.token() + " (0 to " + bits + ")") + ": the guest halts");
            return Optional.empty();
        }
        if (fam == AddressFamily.INET && prefix == 1) {
            problems.olderMaskOne(maskAt, at(mask), text);
        }
        if (fam == AddressFamily.INET && prefix == 0) {
            // netconfig makes the netmask as ~0 << (32 - prefix); x86 shifts by the count mod 32,
            // so prefix 0 is a netmask of all ones.
            problems.olderMaskZero(maskAt, at(mask), text);
            prefix = 32;
        }
        Cidr cidr = new Cidr(ip.get(), (int) prefix);
        subnets.add(cidr);
        return Optional.of(new IfAddr(fam, AddrMethod.STATIC, Optional.of(cidr), origin));
    }

    /** A static address's {@code gw}, added as the guest adds it: now, through what is configured so far. */
    private boolean gateway(Map<String, Integer> f, ElementPath path, AddressFamily fam) {
        Integer gw = f.get("gw");
        if (gw == null) {
            return true;
        }
        ElementPath gwAt = path.key(key(gw));
        String text = t.text(gw);
        Optional<IpAddress> ip = IpAddress.parse(text, fam);
        if (ip.isEmpty()) {
            halt(gwAt, gw, Problems.quote(text) + " is not an " + fam.token() + " address: adding the gateway fails");
            return false;
        }
        for (Gateway g : gateways) {
            if (g.type() == fam) {
                halt(gwAt, gw, "a second " + fam.token() + " gateway: the guest's default route exists already (at "
                        + g.origin().position() + "), so adding it fails (EEXIST)");
                return false;
            }
        }
        boolean reachable = false;
        for (Cidr subnet : subnets) {
            reachable |= subnet.family() == fam && subnet.contains(ip.get());
        }
        if (!reachable && !dynamic.contains(fam)) {
            halt(gwAt, gw, "gateway " + text + " is on no subnet configured so far: the guest adds it when it reaches"
                    + " this net object, and adding it fails (the network is unreachable)");
            return false;
        }
        if (!reachable) {
            problems.olderGatewayLease(gwAt, at(gw), text);
        }
        gateways.add(new Gateway(fam, ip.get(), new Origin(gwAt, at(gw))));
        return true;
    }

    private int blk(ElementPath path, int key, int value) {
        if (t.type(value) == JsmnTokens.ARRAY) {
            // The multidev fork's shape: an array of blk objects.
            problems.olderFork(path, at(key), "blk", "takes an array of blk objects");
            int next = value + 1;
            for (int k = 0; k < t.size(value) && next < t.count(); k++) {
                int item = next;
                next = blkObject(path.index(k), item, item);
                if (next < 0) {
                    return -1;
                }
            }
            return next;
        }
        return blkObject(path, key, value);
    }

    /** One blk object; {@code key} is where its position is taken from. */
    private int blkObject(ElementPath path, int key, int value) {
        Map<String, Integer> f = members(MasterKeys.BLK, "blk", path, value);
        if (f == null) {
            return -1;
        }
        int next = value + 2 * t.size(value) + 1;
        Integer source = f.get("source");
        Integer file = f.get("path");
        if (source == null || file == null) {
            halt(path, value, "a blk object without " + missing(f, "source", "path")
                    + ": the guest halts (\"blk cfg missing vital data\")");
            return -1;
        }
        Origin origin = new Origin(path, at(key));
        String kind = t.text(source);
        String p = t.text(file);
        ElementPath pathAt = path.key(key(file));
        String device;
        switch (kind) {
            case "dev":
                device = p;
                break;
            case "vnd":
                device = vnd(p, pathAt, file, origin);
                break;
            case "etfs":
                device = etfs(p, pathAt, file, origin);
                break;
            default:
                halt(path.key(key(source)), source, "blk source " + Problems.quote(kind) + " is none of \"dev\", \"vnd\", \"etfs\"");
                return -1;
        }
        if (device == null) {
            return -1;
        }
        Integer mountpoint = f.get("mountpoint");
        Integer fstype = f.get("fstype");
        if (mountpoint == null) {
            if (fstype != null) {
                problems.olderIgnored(path.key(key(fstype)), at(fstype - 1), "fstype", "without a mountpoint");
            }
            return next;
        }
        if (fstype == null) {
            halt(path, value, "a mountpoint without an fstype: the guest halts (\"no fstype for mountpoint\")");
            return -1;
        }
        String fs = t.text(fstype);
        if (!fs.equals("blk") && !fs.equals("kernfs")) {
            halt(path.key(key(fstype)), fstype, "fstype " + Problems.quote(fs) + " is neither \"blk\" nor \"kernfs\": the"
                    + " guest halts (\"unknown fstype\")");
            return -1;
        }
        ElementPath mpAt = path.key(key(mountpoint));
        String mp = mountpoint(t.text(mountpoint), mpAt, mountpoint);
        if (mp == null) {
            return -1;
        }
        MountSource mounted;
        if (fs.equals("kernfs")) {
            mounted = new MountSource.Kernfs();
        } else {
            if (kind.equals("dev") && !Syntax.isDevicePath(device)) {
                halt(pathAt, file, Problems.quote(device) + " is not a device node under /dev: mounting it fails and"
                        + " the guest halts");
                return -1;
            }
            mounted = new MountSource.BlkDevice(device);
        }
        Position earlier = mountedAt.put(mp, at(mountpoint));
        if (earlier != null) {
            problems.olderMountedTwice(mpAt, at(mountpoint), mp, earlier);
        }
        mounts.add(new Mount(mp, mounted, origin));
        return next;
    }

    /** The next vnd's device, its backing file set up now; null when the guest halts. */
    private String vnd(String file, ElementPath at, int token, Origin origin) {
        if (!Syntax.isNormalAbsolutePath(file) && !Syntax.isNormalRelative(file)) {
            // rumpcfg's own rule, not master's: the plan resolves the file against the base directory.
            problems.badValue(at, at(token), file, "a vnd backing file rumpcfg can follow (absolute or relative, no"
                    + " empty, \".\" or \"..\" component)");
            return null;
        }
        int unit = nextVnd++;
        if (unit > Blk.Vnd.MAX_UNIT) {
            halt(at, token, "vnd" + unit + ": more vnd devices than the guest has units (" + (Blk.Vnd.MAX_UNIT + 1) + ")");
            return null;
        }
        Blk.Vnd vnd = new Blk.Vnd("vnd" + unit, unit, file, origin);
        blk.add(vnd);
        vndOrder.add(new int[] {blk.size() - 1, mounts.size(), token});
        return vnd.devicePath() + VND_PARTITION;
    }

    /** The etfs device registered for {@code p}, its name cut as the guest cuts it; null when the guest halts. */
    private String etfs(String p, ElementPath at, int token, Origin origin) {
        Optional<Blk.Etfs> solo5 = solo5(p, origin);
        String name = solo5.isPresent() ? solo5.get().name() : cut(p, DEVICE_NAME_BUFFER - 1 - DEV.length());
        String disk = solo5.isPresent() ? null : cut(p, DEVICE_NAME_BUFFER - 1 - XENBLK.length());
        if (solo5.isEmpty() && !disk.equals(p)) {
            problems.olderCut(at, at(token), p, DEV + name, Blk.Etfs.BLKFRONT_PREFIX + disk);
        }
        if (solo5.isEmpty() && !Syntax.isEtfsDisk(disk)) {
            halt(at, token, Problems.quote(p) + " names no disk: registering it fails when the guest boots (a disk is"
                    + " xvd, sd or hd, letters, then an optional number: \"xvda\"; the Solo5 forks' \"/dev/ld0a\")");
            return null;
        }
        Position earlier = etfsNames.put(name, at(token));
        if (earlier != null) {
            halt(at, token, DEV + name + " is registered already (at " + earlier + "): registering it again fails (EEXIST)");
            return null;
        }
        Blk.Etfs etfs = solo5.orElseGet(() -> new Blk.Etfs(name, Blk.Etfs.BLKFRONT_PREFIX + disk, origin));
        blk.add(etfs);
        return etfs.devicePath();
    }

    /**
     * The Solo5 forks' etfs path {@code /dev/<name>}: device {@code name}, backed by the
     * Solo5 block device (the guest registers it under the odd node /dev//dev/name, which the
     * Solo5 back end serves whatever its name).
     */
    static Optional<Blk.Etfs> solo5(String p, Origin origin) {
        if (p.startsWith(DEV) && Syntax.isBlkName(p.substring(DEV.length()))) {
            String name = p.substring(DEV.length());
            return Optional.of(new Blk.Etfs(name, Blk.Etfs.SOLO5_PREFIX + name, origin));
        }
        return Optional.empty();
    }

    /**
     * Where the guest mounts: it makes each directory of the path in turn and mounts on the
     * path as written, so {@code data}, {@code /data/} and {@code //data} all mount at
     * {@code /data}. Null when the guest halts.
     */
    private String mountpoint(String mp, ElementPath at, int token) {
        List<String> parts = new ArrayList<>();
        for (String part : mp.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
                continue;
            }
            parts.add(part);
        }
        if (mp.isEmpty()) {
            halt(at, token, "an empty mountpoint: the guest cannot make its directory");
            return null;
        }
        String normal = "/" + String.join("/", parts);
        if (!normal.equals(mp)) {
            problems.olderMountpoint(at, at(token), mp, normal);
        }
        return normal;
    }

    // --- after the walk

    /**
     * What each baked program runs with: the guest gives the baked programs, in bake order,
     * its gathered argvs in order, except that a cmdline's argv goes to every program from
     * the one it reaches on. It stops when the argvs run out.
     */
    private List<RcEntry> programs() {
        orderChecks();
        if (problems.hasErrors()) {
            return List.of(); // the guest halted before it could start anything
        }
        if (execs.isEmpty()) {
            problems.olderHalt(ElementPath.root(), lines.at(t.start(0)),
                    "no cmdline and no rc_TESTING: the guest halts (\"no bins\")");
            return List.of();
        }
        Exec last = execs.get(execs.size() - 1);
        if (last.mode() == RunMode.PIPE) {
            problems.olderHalt(last.origin().path(), last.origin().position(),
                    "the last program may not pipe its output: the guest halts");
            return List.of();
        }
        Optional<List<String>> bins = options.bins();
        List<RcEntry> rc = new ArrayList<>();
        int e = 0;
        int baked = bins.isPresent() ? Math.min(bins.get().size(), MAX_BAKED) : Integer.MAX_VALUE;
        for (int b = 0; b < baked && e < execs.size(); b++) {
            Exec exec = execs.get(e);
            if (bins.isEmpty() && exec.cmdline()) {
                problems.cmdlineWithoutBins(exec.origin().path(), exec.origin().position());
                rc.add(entry(RcEntry.FIRST_BAKED, exec));
                e = execs.size(); // a cmdline takes every program from here on
                break;
            }
            if (bins.isEmpty() && b == 0) {
                problems.olderRcWithoutBins(exec.origin().path(), exec.origin().position());
            }
            rc.add(entry(bins.isPresent() ? bins.get().get(b) : exec.argv().get(0), exec));
            if (!exec.cmdline()) {
                e++;
            }
        }
        if (bins.isPresent() && e < execs.size()) {
            for (int k = execs.get(e).cmdline() ? e + 1 : e; k < execs.size(); k++) {
                Exec unused = execs.get(k);
                if (unused.cmdline()) {
                    continue; // a second cmdline is reported where it is read
                }
                problems.olderUnused(unused.origin().path(), unused.origin().position(), "no baked program is left for"
                        + " this argv (" + bins.get().size() + " baked): the guest does not run it");
            }
        }
        if (bins.isPresent() && e >= execs.size() && rc.size() < Math.min(bins.get().size(), MAX_BAKED)) {
            problems.olderUnused(last.origin().path(), last.origin().position(), "the argvs run out after "
                    + rc.size() + " of the " + bins.get().size() + " baked programs: the guest runs no more (\"out of"
                    + " argv entries\")");
        }
        return rc;
    }

    private RcEntry entry(String bin, Exec exec) {
        return new RcEntry(bin, exec.argv(), exec.mode(), Optional.ofNullable(cwd), List.of(), exec.origin());
    }

    /**
     * A vnd whose backing file is on a file system mounted only later: the guest cannot find
     * the file yet. A mount beneath a mountpoint mounted only later: the later mount hides it.
     */
    private void orderChecks() {
        for (int i = 0; i < mounts.size(); i++) {
            String mp = mounts.get(i).mountpoint();
            for (int j = i + 1; j < mounts.size(); j++) {
                String above = mounts.get(j).mountpoint();
                if (!above.equals(mp) && (above.equals("/") || mp.startsWith(above + "/"))) {
                    Origin o = mounts.get(i).origin();
                    problems.olderHidden(o.path(), o.position(), mp, above, mounts.get(j).origin().position());
                    break;
                }
            }
        }
        for (int[] v : vndOrder) {
            Blk.Vnd vnd = (Blk.Vnd) blk.get(v[0]);
            if (!vnd.file().startsWith("/")) {
                continue;
            }
            Mount holder = null;
            int index = -1;
            for (int m = 0; m < mounts.size(); m++) {
                String mp = mounts.get(m).mountpoint();
                boolean under = mp.equals("/") || vnd.file().startsWith(mp + "/");
                if (under && (holder == null || mp.length() >= holder.mountpoint().length())) {
                    holder = mounts.get(m);
                    index = m;
                }
            }
            if (holder != null && index >= v[1]) {
                halt(vnd.origin().path().key("path"), v[2], vnd.file() + " is on " + holder.mountpoint()
                        + ", which the guest mounts only later (at " + holder.origin().position()
                        + "): setting up " + vnd.name() + " fails and the guest halts");
            }
        }
    }

    // --- the guest's reading of objects and values

    /**
     * The members of a net or blk object by the key they match, the last of a repeated one;
     * null when the guest halts on the object.
     */
    private Map<String, Integer> members(MasterKeys keys, String what, ElementPath path, int obj) {
        if (t.type(obj) != JsmnTokens.OBJECT) {
            halt(path, obj, what + " must be an object, not " + describe(obj));
            return null;
        }
        int size = t.size(obj);
        if (t.count() - obj < 2 * size + 1) {
            halt(path, obj, "this " + what + " object's members are not pairs of a key and a value: the guest reads"
                    + " the object again and again, for ever");
            return null;
        }
        Map<String, Integer> found = new HashMap<>();
        for (int k = 0, p = obj + 1; k < size; k++, p += 2) {
            if (t.type(p) != JsmnTokens.STRING) {
                halt(path, p, "a member of " + what + " must be a key, not " + describe(p));
                return null;
            }
            String key = t.text(p);
            ElementPath at = path.key(key);
            if (!pair(at, p, p + 1)) {
                return null;
            }
            String name = keys.match(key);
            if (name == null) {
                halt(at, p, what + " has no key spelled " + Problems.quote(key) + " or beginning so ("
                        + String.join(", ", keys.names()) + ")");
                return null;
            }
            prefix(keys, key, at, p);
            Integer earlier = found.put(name, p + 1);
            if (earlier != null) {
                problems.olderLastWins(at, at(p + 1), what + " " + name, at(earlier));
            }
            rawControl(at, p + 1);
            if (t.escaped(p + 1)) {
                problems.olderEscape(at, at(p + 1), t.text(p + 1), decode(t.text(p + 1)));
            }
        }
        return found;
    }

    /** Whether {@code key} has exactly one value, a string with nothing under it, as the guest requires. */
    private boolean pair(ElementPath at, int key, int value) {
        if (t.size(key) != 1) {
            halt(at, key, t.size(key) == 0 ? "a key without its ':' and value" : "a key followed by more than one value"
                    + " (a comma missing before the next key?)");
            return false;
        }
        if (t.type(value) != JsmnTokens.STRING) {
            halt(at, value, "the value must be a string, not " + describe(value));
            return false;
        }
        if (t.size(value) != 0) {
            halt(at, value, "a string value followed by a ':'");
            return false;
        }
        return true;
    }

    private boolean isString(ElementPath path, int value, String what) {
        if (t.type(value) != JsmnTokens.STRING) {
            halt(path, value, what + " must be a string, not " + describe(value));
            return false;
        }
        return true;
    }

    /** A string as the guest takes it, warning when escapes make it other than it looks. */
    private String raw(ElementPath path, int value) {
        String text = t.text(value);
        if (t.escaped(value)) {
            problems.olderEscape(path, at(value), text, decode(text));
        }
        rawControl(path, value);
        return text;
    }

    private void rawControl(ElementPath path, int value) {
        int c = t.rawControl(value);
        if (c >= 0) {
            problems.olderRawControl(path, lines.at(c), document[c]);
        }
    }

    private void prefix(MasterKeys keys, String key, ElementPath path, int token) {
        if (keys.isPrefix(key)) {
            problems.olderPrefix(path, at(token), key, keys.match(key));
        }
    }

    private void twice(int earlier, ElementPath at, int value) {
        if (earlier >= 0) {
            problems.olderLastWins(at, at(value), "rc entry " + at.lastKey().orElse(""), at(earlier));
        }
    }

    /** An unquoted cmdline bearing the trace of arguments joined with single spaces and no quoting. */
    private void joinedArgs(String raw, ElementPath path, int value, List<String> argv) {
        boolean quoted = raw.indexOf('"') >= 0 || raw.indexOf('\'') >= 0 || raw.indexOf('\\') >= 0;
        boolean blankRun = false;
        for (int k = 1; k < raw.length(); k++) {
            blankRun |= isBlank(raw.charAt(k)) && isBlank(raw.charAt(k - 1));
        }
        boolean blankEnd = !raw.isEmpty() && (isBlank(raw.charAt(0)) || isBlank(raw.charAt(raw.length() - 1)));
        if (!quoted && (blankRun || blankEnd)) {
            problems.olderJoinedArgs(path, at(value), argv);
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    private void halt(ElementPath path, int token, String why) {
        problems.olderHalt(path, at(token), why);
    }

    /** The index after root key {@code key} and the value its colon gave it. */
    private int afterMember(int key) {
        return t.size(key) > 0 && key + 1 < t.count() ? t.skip(key + 1) : key + 1;
    }

    /** The key of the member whose value is token {@code value}. */
    private String key(int value) {
        return t.text(value - 1);
    }

    private Position at(int token) {
        return lines.at(t.at(token));
    }

    private Origin origin(ElementPath path, int token) {
        return new Origin(path, at(token));
    }

    private String describe(int token) {
        switch (t.type(token)) {
            case JsmnTokens.OBJECT:
                return "an object";
            case JsmnTokens.ARRAY:
                return "an array";
            case JsmnTokens.STRING:
                return "the string " + Problems.quote(t.text(token));
            default:
                return "the word " + Problems.quote(t.text(token));
        }
    }

    private static String missing(Map<String, Integer> f, String... keys) {
        List<String> absent = new ArrayList<>();
        for (String k : keys) {
            if (!f.containsKey(k)) {
                absent.add("\"" + k + "\"");
            }
        }
        return String.join(" and ", absent);
    }

    /** C's atoi: blanks, a sign, digits, and 0 when there are none. */
    static long atoi(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || (s.charAt(i) >= '\t' && s.charAt(i) <= '\r'))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long n = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && n < Integer.MAX_VALUE) {
            n = n * 10 + (s.charAt(i++) - '0');
        }
        return negative ? -n : n;
    }

    /** What a JSON reader makes of raw string text the guest takes as written. */
    static String decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case 'b':
                    out.append('\b');
                    break;
                case 'f':
                    out.append('\f');
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'u':
                    if (i + 4 < raw.length()) {
                        out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append("\\u");
                    }
                    break;
                default:
                    out.append(e);
            }
        }
        return out.toString();
    }

    /** {@code s} cut to at most {@code bytes} UTF-8 bytes, as the guest's snprintf cuts it. */
    private static String cut(String s, int bytes) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return b.length <= bytes ? s : new String(b, 0, bytes, StandardCharsets.UTF_8);
    }
}
