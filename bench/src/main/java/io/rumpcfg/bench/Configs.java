package io.rumpcfg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Deterministic, valid configurations of a chosen size, shaped like real ones: a few
 * interfaces with static addresses, many mounts, environment variables and sysctls, and a
 * handful of rc entries whose binaries are {@link #BINS}. The same arguments always give
 * the same bytes.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.rumpcfg.bench.Configs DIR} writes the
 * sizes the benchmarks use into DIR (the cold-start and memory scripts read them there).
 */
public final class Configs {
    /** The binaries the rc entries name (httpd: the hw-webserver example); the fake platform bakes each in as an echo. */
    public static final List<String> BINS = List.of("app0", "app1", "app2", "app3", "httpd");

    /** The sizes the boot-path benchmarks use, with their names. */
    static final int KIB_1 = 1024;
    static final int KIB_16 = 16 * 1024;
    /** The library's default document limit is 64 KiB, so this one fits exactly under it. */
    static final int KIB_64 = 64 * 1024;

    private Configs() {}

    /** The benchmark's config for a size name: {@code 656b} (the shared hw-webserver example), {@code 1k}, {@code 16k}, {@code 64k}. */
    public static byte[] named(String name) {
        switch (name) {
            case "656b":
                return resource("hw-webserver.json");
            case "1k":
                return ofSize(KIB_1);
            case "16k":
                return ofSize(KIB_16);
            case "64k":
                return ofSize(KIB_64);
            default:
                throw new IllegalArgumentException("no config named " + name);
        }
    }

    /** The largest generated config of at most {@code maxBytes} bytes. */
    public static byte[] ofSize(int maxBytes) {
        int lo = 0;
        int hi = 1;
        while (mixed(hi).length <= maxBytes) {
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > 1) { // mixed(lo) fits, mixed(hi) does not
            int mid = (lo + hi) >>> 1;
            if (mixed(mid).length <= maxBytes) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return mixed(lo);
    }

    /**
     * A config of {@code n} units: each unit is a mount, an environment variable and a sysctl;
     * every 16th unit adds an interface, every 64th an rc entry (at most eight).
     */
    static byte[] mixed(int n) {
        Json j = new Json();
        j.open("net").open("interfaces");
        for (int i = 0; i <= n / 16; i++) {
            j.member("vioif" + i).raw("{ \"addrs\": [ { \"type\": \"inet\", \"method\": \"static\", \"addr\": \"10."
                    + (i / 250) + "." + (i % 250) + ".10/24\" } ] }");
        }
        j.close();
        j.member("gateways").raw("[ { \"type\": \"inet\", \"addr\": \"10.0.0.1\" } ]");
        j.member("dns").raw("{ \"nameservers\": [ \"10.0.0.1\" ], \"search\": [ \"example.net\" ] }");
        j.close();
        j.open("mount");
        j.member("/kern").raw("{ \"source\": \"kernfs\" }");
        for (int i = 0; i < n; i++) {
            j.member("/srv/data" + i).raw("{ \"source\": \"tmpfs\", \"options\": { \"size\": \"" + (1 + i % 8) + "M\" } }");
        }
        j.close();
        j.open("env");
        for (int i = 0; i < n; i++) {
            j.member("APP_SETTING_" + i).string("value-" + Integer.toHexString((i * 40503) & 0xFFFFF));
        }
        j.close();
        j.member("rc").raw(rc(Math.min(8, 1 + n / 64)));
        j.open("netbsd").open("sysctl");
        for (int i = 0; i < n; i++) {
            j.member("kern.app.tunable" + i).raw(Integer.toString(1000 + i));
        }
        j.close().close();
        j.member("hostname").string("bench");
        return j.end();
    }

    /** A config of {@code n} mounts, half at top level on blk devices and half beneath them, deepest listed first. */
    public static byte[] withMounts(int n) {
        Json j = new Json();
        j.open("mount");
        for (int i = n / 2 - 1; i >= 0; i--) {
            j.member("/d" + i + "/cache").raw("{ \"source\": \"tmpfs\" }");
            j.member("/d" + i).raw("{ \"source\": \"blk\", \"path\": \"/dev/ld" + i + "a\" }");
        }
        j.close();
        j.member("rc").raw(rc(1));
        return j.end();
    }

    private static String rc(int entries) {
        StringBuilder rc = new StringBuilder("[");
        for (int i = 0; i < entries; i++) {
            String bin = BINS.get(i % 4);
            rc.append(i == 0 ? "\n    " : ",\n    ").append("{ \"bin\": \"").append(bin)
                    .append("\", \"argv\": [ \"").append(bin).append("\", \"-c\", \"/srv/data0/app.conf\" ]")
                    .append(i + 1 < entries ? ", \"runmode\": \"&\"" : "").append(" }");
        }
        return rc.append("\n  ]").toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Configs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code config-1k.json}, {@code config-16k.json}, {@code config-64k.json} and {@code mounts-10000.json} into a directory. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        for (String name : List.of("1k", "16k", "64k")) {
            Files.write(dir.resolve("config-" + name + ".json"), named(name));
        }
        Files.write(dir.resolve("mounts-10000.json"), withMounts(10_000));
    }

    /** Writes pretty-printed JSON, two spaces a level, members one to a line. */
    private static final class Json {
        private final StringBuilder out = new StringBuilder("{");
        private final boolean[] first = new boolean[8];
        private int depth = 1;

        Json() {
            first[1] = true;
        }

        Json member(String key) {
            out.append(first[depth] ? "\n" : ",\n").append("  ".repeat(depth));
            first[depth] = false;
            quote(key);
            out.append(": ");
            return this;
        }

        Json open(String key) {
            member(key).out.append('{');
            first[++depth] = true;
            return this;
        }

        Json close() {
            depth--;
            out.append('\n').append("  ".repeat(depth)).append('}');
            return this;
        }

        Json raw(String json) {
            out.append(json);
            return this;
        }

        Json string(String value) {
            quote(value);
            return this;
        }

        private void quote(String s) {
            out.append('"').append(s).append('"');
        }

        byte[] end() {
            return out.append("\n}\n").toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
