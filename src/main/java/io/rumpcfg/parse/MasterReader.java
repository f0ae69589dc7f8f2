package io.rumpcfg.parse;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.model.SysctlValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * and the key's handler takes the tokens after it: {@code env} and {@code hostname} here,
 * the programs in {@link MasterPrograms}, {@code net} in {@link MasterNet}, {@code blk} in
 * {@link MasterBlk}. Every handler's effect happens when it is reached, so what depends on
 * order is judged in document order too. Strings are taken as written, escapes and all: the
 * guest never decodes them.
 *
 * <p>Where the guest halts, rumpcfg reports it and goes on with the next root key, so that
 * one run shows every halt it can tell apart; the guest itself stops at the first.
 */
final class MasterReader {
    /** NetBSD's MAXHOSTNAMELEN: sethostname refuses a name of this many bytes or more. */
    static final int MAX_HOSTNAME_BYTES = 256;
    static final String ROOTFS_CFG = "_RUMPRUN_ROOTFSCFG=";

    private final MasterReading r;
    private final JsmnTokens t;
    private final Problems problems;
    private final MasterPrograms programs;
    private final MasterNet net;
    private final MasterBlk blk;
    private final Map<String, EnvVar> env = new LinkedHashMap<>();
    private Origin hostnameAt;
    private String hostname;

    private MasterReader(MasterReading r) {
        this.r = r;
        this.t = r.t;
        this.problems = r.problems;
        this.programs = new MasterPrograms(r);
        this.net = new MasterNet(r);
        this.blk = new MasterBlk(r);
    }

    /**
     * The tokens of the document from its first <code>&#123;</code>, or empty, reported, when the
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
        return new MasterReader(new MasterReading(document, tokens, lines, options, problems)).read();
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
                r.halt(ElementPath.root(), i, "text after the root object: " + r.describe(i));
                i = t.skip(i);
                continue;
            }
            if (t.type(i) != JsmnTokens.STRING) {
                r.halt(ElementPath.root(), i, r.describe(i) + " where a key is expected");
                i = t.skip(i);
                continue;
            }
            String key = t.text(i);
            ElementPath path = ElementPath.root().key(key);
            if (key.equals(MasterPrograms.CWD) && i + 1 < t.count()) {
                int next = programs.cwd(path, i + 1);
                i = next < 0 ? t.skip(i + 1) : next;
                continue;
            }
            String name = MasterKeys.ROOT.match(key);
            if (name == null) {
                r.halt(path, i, "no key of the older format is spelled " + Problems.quote(key)
                        + " or begins so (" + String.join(", ", MasterKeys.ROOT.names()) + ")");
                i = r.afterMember(i);
                continue;
            }
            if (first < 0) {
                first = i;
                problems.olderFormat(r.at(i), path);
            }
            r.prefix(MasterKeys.ROOT, key, path, i);
            int value = i + 1;
            if (value >= t.count()) {
                r.halt(path, i, "a key with no value after it: the guest reads past its tokens");
                break;
            }
            int next = handle(name, path, i, value);
            i = next < 0 ? t.skip(value) : next;
        }
        blk.orderChecks();
        List<RcEntry> rc = programs.programs();
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
        return Optional.of(new Config(sysctl, Optional.of(rc), new ArrayList<>(env.values()), host, net.net(),
                blk.blk(), blk.mounts()));
    }

    /** The guest looks for {@code _RUMPRUN_ROOTFSCFG=} anywhere in its text before anything else. */
    private void rootfsCfg() {
        String text = new String(r.document, 0, t.length(), StandardCharsets.UTF_8);
        int found = text.indexOf(ROOTFS_CFG);
        if (found >= 0) {
            int offset = text.substring(0, found).getBytes(StandardCharsets.UTF_8).length;
            String rest = text.substring(found + ROOTFS_CFG.length());
            problems.olderRootfsCfg(r.lines.at(offset), rest.replaceFirst("^/+", ""));
        }
    }

    /** Runs the handler of root key {@code name}; the index after what it took, or -1 when the guest halts. */
    private int handle(String name, ElementPath path, int key, int value) {
        switch (name) {
            case "cmdline":
                return programs.cmdline(path, value);
            case "rc_TESTING":
                return programs.rc(path, value);
            case "env":
                return env(path, value);
            case "hostname":
                return hostname(path, value);
            case "blk":
                return blk.blk(path, key, value);
            default:
                return net.net(path, key, value);
        }
    }

    private int env(ElementPath path, int value) {
        if (t.type(value) != JsmnTokens.STRING) {
            // Not described by its text: a word here may be a secret written without quotes.
            r.halt(path, value, "env must be a string, not " + (t.type(value) == JsmnTokens.PRIMITIVE ? "a word"
                    : r.describe(value)));
            return -1;
        }
        String text = t.text(value);
        int eq = text.indexOf('=');
        if (eq <= 0) {
            r.halt(path, value, eq < 0 ? "an env string without '=': the guest's putenv refuses it"
                    : "an env string with an empty name: the guest's putenv refuses it");
            return -1;
        }
        String name = text.substring(0, eq);
        if (t.escaped(value)) {
            problems.olderEscapeEnv(path, r.at(value), name);
        }
        r.rawControl(path, value);
        EnvVar earlier = env.remove(name);
        if (earlier != null) {
            problems.olderLastWins(path, r.at(value), "env " + name, earlier.origin().position());
        }
        env.put(name, new EnvVar(name, text.substring(eq + 1), r.origin(path, value)));
        return value + 1;
    }

    private int hostname(ElementPath path, int value) {
        if (!r.isString(path, value, "hostname")) {
            return -1;
        }
        if (t.textBytes(value) >= MAX_HOSTNAME_BYTES) {
            r.halt(path, value, "a host name of " + t.textBytes(value) + " bytes: the guest's sethostname refuses "
                    + MAX_HOSTNAME_BYTES + " or more (MAXHOSTNAMELEN)");
            return -1;
        }
        String name = r.raw(path, value);
        if (hostnameAt != null) {
            problems.olderLastWins(path, r.at(value), "hostname", hostnameAt.position());
        }
        hostname = name;
        hostnameAt = r.origin(path, value);
        return value + 1;
    }
}
