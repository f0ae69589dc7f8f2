package io.rumpcfg.convert;

import com.fasterxml.jackson.core.JsonGenerator;
import io.rumpcfg.internal.JsonStyle;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Gateway;
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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a configuration in the current format, normalised: keys in the order of
 * docs/config.md, defaults left out, two-space indentation. Reading the result gives the
 * same configuration.
 */
public final class ConfigWriter {
    private ConfigWriter() {}

    /**
     * What of {@code config} the current format cannot express, an error each: a mountpoint
     * mounted a second time, over the first (an older document may do that; the current
     * format mounts each mountpoint once), and a string holding a control character (an older
     * document may hold one raw). {@link #write} needs none of them.
     */
    public static List<Diagnostic> inexpressible(Config config) {
        List<Diagnostic> out = new ArrayList<>();
        for (EnvVar env : config.env()) {
            controls(env.name() + env.value(), env.origin(), "env " + env.name(), out);
        }
        for (RcEntry e : config.rc().orElse(List.of())) {
            controls(String.join("", e.argv()) + e.bin(), e.origin(), "the argv of " + e.bin(), out);
        }
        if (config.hostname().isPresent()) {
            controls(config.hostname().get().name(), config.hostname().get().origin(), "hostname", out);
        }
        for (Sysctl s : config.sysctl()) {
            controls(s.value().text(), s.origin(), "sysctl " + s.key(), out);
        }
        Map<String, Mount> first = new HashMap<>();
        for (Mount m : config.mounts()) {
            Mount earlier = first.putIfAbsent(m.mountpoint(), m);
            if (earlier != null) {
                out.add(Diagnostic.error(Code.CURRENT_INEXPRESSIBLE, m.origin(), "cannot be written in the current format: "
                        + m.mountpoint() + " is mounted a second time, over the mount at " + earlier.origin().position()
                        + ", and the current format mounts a mountpoint once"));
            }
        }
        return out;
    }

    /** An older string may hold a raw control character; the current format has none, escaped or not. */
    private static void controls(String text, Origin at, String what, List<Diagnostic> out) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 0x20) {
                out.add(Diagnostic.error(Code.CURRENT_INEXPRESSIBLE, at, "cannot be written in the current format: " + what
                        + " holds a control character, which the current format does not allow"));
                return;
            }
        }
    }

    /** The document for {@code config}, ending in a newline; {@link #inexpressible} must be empty. */
    public static String write(Config config) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonStyle.generator(out)) {
            json.writeStartObject();
            if (config.rc().isPresent()) {
                writeRc(json, config.rc().get());
            }
            if (!config.env().isEmpty()) {
                json.writeObjectFieldStart("env");
                for (EnvVar env : config.env()) {
                    json.writeStringField(env.name(), env.value());
                }
                json.writeEndObject();
            }
            if (config.hostname().isPresent()) {
                json.writeStringField("hostname", config.hostname().get().name());
            }
            if (!config.sysctl().isEmpty()) {
                writeNetbsd(json, config.sysctl());
            }
            if (hasNet(config.net())) {
                writeNet(json, config.net());
            }
            if (!config.blk().isEmpty()) {
                writeBlk(json, config.blk());
            }
            if (!config.mounts().isEmpty()) {
                writeMounts(json, config.mounts());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.append('\n').toString();
    }

    private static void writeRc(JsonGenerator json, List<RcEntry> rc) throws IOException {
        json.writeArrayFieldStart("rc");
        for (RcEntry entry : rc) {
            json.writeStartObject();
            json.writeStringField("bin", entry.bin());
            if (!entry.argv().isEmpty()) {
                JsonStyle.strings(json, "argv", entry.argv());
            }
            if (entry.runmode() != RunMode.WAIT) {
                json.writeStringField("runmode", entry.runmode().token());
            }
            if (entry.workdir().isPresent()) {
                json.writeStringField("workdir", entry.workdir().get());
            }
            if (!entry.sysctl().isEmpty()) {
                writeNetbsd(json, entry.sysctl());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeNetbsd(JsonGenerator json, List<Sysctl> sysctl) throws IOException {
        json.writeObjectFieldStart("netbsd");
        json.writeObjectFieldStart("sysctl");
        for (Sysctl s : sysctl) {
            json.writeFieldName(s.key());
            s.value().accept(new SysctlValue.Visitor<Void, IOException>() {
                @Override
                public Void integer(SysctlValue.Int value) throws IOException {
                    json.writeNumber(value.value());
                    return null;
                }

                @Override
                public Void bool(SysctlValue.Bool value) throws IOException {
                    json.writeBoolean(value.value());
                    return null;
                }

                @Override
                public Void string(SysctlValue.Str value) throws IOException {
                    json.writeString(value.value());
                    return null;
                }
            });
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * Whether there is a net to write: the parts read one by one rather than by comparing with
     * {@link Net#NONE}, because a record's generated equals spins ~20 method-handle classes on
     * its first call, which no CDS archive of JDK 17 keeps (~10 ms of a cold {@code convert}).
     */
    private static boolean hasNet(Net net) {
        return !net.interfaces().isEmpty() || !net.gateways().isEmpty() || net.dns().isPresent();
    }

    private static void writeNet(JsonGenerator json, Net net) throws IOException {
        json.writeObjectFieldStart("net");
        if (!net.interfaces().isEmpty()) {
            json.writeObjectFieldStart("interfaces");
            for (NetInterface iface : net.interfaces()) {
                json.writeObjectFieldStart(iface.name());
                if (iface.create()) {
                    json.writeBooleanField("create", true);
                }
                if (!iface.addrs().isEmpty()) {
                    JsonStyle.addrs(json, iface.addrs());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        if (!net.gateways().isEmpty()) {
            json.writeArrayFieldStart("gateways");
            for (Gateway gateway : net.gateways()) {
                json.writeStartObject();
                json.writeStringField("type", gateway.type().token());
                json.writeStringField("addr", gateway.addr().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (net.dns().isPresent()) {
            Dns dns = net.dns().get();
            json.writeObjectFieldStart("dns");
            if (!dns.nameservers().isEmpty()) {
                json.writeArrayFieldStart("nameservers");
                for (IpAddress server : dns.nameservers()) {
                    json.writeString(server.toString());
                }
                json.writeEndArray();
            }
            if (!dns.search().isEmpty()) {
                JsonStyle.strings(json, "search", dns.search());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeBlk(JsonGenerator json, List<Blk> blk) throws IOException {
        json.writeObjectFieldStart("blk");
        for (Blk device : blk) {
            json.writeObjectFieldStart(device.name());
            json.writeStringField("type", device.type());
            json.writeStringField("path", device.path());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeMounts(JsonGenerator json, List<Mount> mounts) throws IOException {
        json.writeObjectFieldStart("mount");
        for (Mount mount : mounts) {
            json.writeObjectFieldStart(mount.mountpoint());
            json.writeStringField("source", mount.source().source());
            mount.source().accept(new MountSource.Visitor<Void, IOException>() {
                @Override
                public Void blk(MountSource.BlkDevice blk) throws IOException {
                    json.writeStringField("path", blk.device());
                    return null;
                }

                @Override
                public Void kernfs(MountSource.Kernfs kernfs) {
                    return null;
                }

                @Override
                public Void tmpfs(MountSource.Tmpfs tmpfs) throws IOException {
                    if (tmpfs.sizeText().isPresent()) {
                        json.writeObjectFieldStart("options");
                        json.writeStringField("size", tmpfs.sizeText().get());
                        json.writeEndObject();
                    }
                    return null;
                }

                @Override
                public Void nfs(MountSource.Nfs nfs) throws IOException {
                    writeNfs(json, nfs);
                    return null;
                }
            });
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeNfs(JsonGenerator json, MountSource.Nfs nfs) throws IOException {
        json.writeStringField("path", nfs.path());
        boolean vers = nfs.vers() != MountSource.Nfs.DEFAULT_VERS;
        boolean proto = nfs.proto() != MountSource.Proto.TCP;
        if (vers || proto || nfs.readOnly()) {
            json.writeObjectFieldStart("options");
            if (vers) {
                json.writeNumberField("vers", nfs.vers());
            }
            if (proto) {
                json.writeStringField("proto", nfs.proto().token());
            }
            if (nfs.readOnly()) {
                json.writeBooleanField("ro", true);
            }
            json.writeEndObject();
        }
    }
}
