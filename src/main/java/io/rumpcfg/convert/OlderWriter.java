package io.rumpcfg.convert;

import com.fasterxml.jackson.core.JsonGenerator;
import io.rumpcfg.internal.JsonStyle;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.model.SysctlValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a configuration in the older format, for guests that read only that one (rumprun
 * master, the Solo5 forks that urunc and runnc start): strict JSON on one line, root keys
 * repeated, in the order urunc writes them: the programs ({@code cmdline} or
 * {@code rc_TESTING}), each {@code env}, {@code hostname}, each {@code net}, each
 * {@code blk}, then {@code cwd} (Solo5 forks). No string needs a JSON escape, since those
 * guests never decode one.
 *
 * <p>What the older format cannot express (DNS, sysctl other than the host name, tmpfs and
 * NFS mounts, vnd chains, runmodes, per-process sysctl, several workdirs, several interfaces
 * on master, ...) is an error naming the element, or, with {@link OlderOptions#lossy()}, a
 * warning per element left out. Reading the document back with the same bins gives the plan
 * of the configuration less what was left out.
 */
public final class OlderWriter {
    private OlderWriter() {}

    /** The older-format document for {@code config}, ending in a newline, or the errors that prevent it. */
    public static OlderResult write(Config config, OlderOptions options) {
        Losses losses = new Losses(options.lossy());
        OlderPrograms.Programs programs = new OlderPrograms(options, losses).programs(config);
        Optional<String> hostname = hostname(config, losses);
        for (EnvVar env : config.env()) {
            losses.verbatim(env.name() + "=" + env.value(), env.origin());
        }
        List<Map<String, String>> nets = new OlderNet(options, losses).nets(config);
        List<Map<String, String>> blks = new OlderStorage(options, losses).blks(config);
        if (losses.hasErrors()) {
            return new OlderResult(Optional.empty(), losses.diagnostics());
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonStyle.line(out)) {
            json.writeStartObject();
            if (programs.cmdline().isPresent()) {
                json.writeStringField("cmdline", programs.cmdline().get());
            }
            if (programs.rc().isPresent()) {
                writeRc(json, programs.rc().get());
            }
            for (EnvVar env : config.env()) {
                if (Losses.isVerbatim(env.name() + "=" + env.value())) {
                    json.writeStringField("env", env.name() + "=" + env.value());
                }
            }
            if (hostname.isPresent()) {
                json.writeStringField("hostname", hostname.get());
            }
            for (Map<String, String> net : nets) {
                writeObject(json, "net", net);
            }
            for (Map<String, String> blk : blks) {
                writeObject(json, "blk", blk);
            }
            if (programs.cwd().isPresent()) {
                json.writeStringField("cwd", programs.cwd().get());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return new OlderResult(Optional.of(out + "\n"), losses.diagnostics());
    }

    /**
     * The host name, or a kern.hostname sysctl holding one, which the older format writes as
     * {@code hostname}; a kern.hostname equal to the host name is said once. Every other sysctl
     * cannot be written, and each element is reported once, for its first reason.
     */
    private static Optional<String> hostname(Config config, Losses losses) {
        Optional<String> name = config.hostname().isPresent() ? Optional.of(config.hostname().get().name())
                : Optional.empty();
        for (Sysctl s : config.sysctl()) {
            String text = s.value().text();
            if (!s.key().equals(Hostname.SYSCTL_KEY) || !(s.value() instanceof SysctlValue.Str)) {
                losses.cannot(s.origin(), "the older format has no sysctl");
            } else if (name.isEmpty()) {
                if (losses.verbatim(text, s.origin())) {
                    name = Optional.of(text);
                }
            } else if (!name.get().equals(text)) {
                losses.cannot(s.origin(), "the older format has one host name, hostname, and it is " + name.get());
            }
        }
        return name;
    }

    private static void writeRc(JsonGenerator json, List<OlderPrograms.Argv> rc) throws IOException {
        json.writeArrayFieldStart("rc_TESTING");
        for (OlderPrograms.Argv entry : rc) {
            List<String> argv = entry.words();
            json.writeStartObject();
            json.writeStringField("bin", argv.get(0));
            json.writeArrayFieldStart("argv");
            for (String word : argv.subList(1, argv.size())) {
                json.writeString(word);
            }
            json.writeEndArray();
            if (entry.mode() != RunMode.WAIT) {
                json.writeStringField("runmode", entry.mode().token());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeObject(JsonGenerator json, String key, Map<String, String> members) throws IOException {
        json.writeObjectFieldStart(key);
        for (Map.Entry<String, String> m : members.entrySet()) {
            json.writeStringField(m.getKey(), m.getValue());
        }
        json.writeEndObject();
    }
}
