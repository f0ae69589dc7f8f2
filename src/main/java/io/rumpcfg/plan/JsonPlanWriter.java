package io.rumpcfg.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.Sysctl;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The plan as JSON; the args of each op are listed on {@link PlanWriter}. */
final class JsonPlanWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonPlanWriter() {}

    static void write(Plan plan, boolean reveal, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("steps");
            for (Step step : plan.steps()) {
                step(json, step, plan.dependenciesOf(step), reveal);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void step(JsonGenerator json, Step step, List<Dependency> after, boolean reveal)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", step.id());
        json.writeStringField("op", step.op());
        if (step.origin().path().isRoot()) {
            json.writeNullField("at");
        } else {
            json.writeStringField("at", step.origin().path().toString());
        }
        if (step.origin().position().isKnown()) {
            json.writeNumberField("line", step.origin().line());
        } else {
            json.writeNullField("line");
        }
        json.writeArrayFieldStart("after");
        for (Dependency d : after) {
            json.writeString(d.stepId());
        }
        json.writeEndArray();
        json.writeObjectFieldStart("because");
        for (Dependency d : after) {
            json.writeStringField(d.stepId(), d.because());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("args");
        args(json, step, reveal);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void args(JsonGenerator json, Step step, boolean reveal) throws IOException {
        if (step instanceof Step.SetSysctl) {
            Sysctl s = ((Step.SetSysctl) step).sysctl();
            json.writeStringField("key", s.key());
            json.writeStringField("value", s.value().text());
        } else if (step instanceof Step.SetEnv) {
            Step.SetEnv env = (Step.SetEnv) step;
            json.writeStringField("name", env.env().name());
            json.writeStringField("value", env.env().shownValue(reveal));
        } else if (step instanceof Step.SetHostname) {
            json.writeStringField("name", ((Step.SetHostname) step).hostname().name());
        } else if (step instanceof Step.ConfigureInterface) {
            Step.ConfigureInterface iface = (Step.ConfigureInterface) step;
            json.writeStringField("name", iface.iface().name());
            json.writeBooleanField("create", iface.iface().create());
            json.writeArrayFieldStart("addrs");
            for (IfAddr addr : iface.iface().addrs()) {
                json.writeStartObject();
                json.writeStringField("type", addr.type().token());
                json.writeStringField("method", addr.method().token());
                if (addr.addr().isPresent()) {
                    json.writeStringField("addr", addr.addr().get().toString());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        } else if (step instanceof Step.AddGateway) {
            Step.AddGateway gw = (Step.AddGateway) step;
            json.writeStringField("type", gw.gateway().type().token());
            json.writeStringField("addr", gw.gateway().addr().toString());
        } else if (step instanceof Step.WriteResolvConf) {
            Step.WriteResolvConf dns = (Step.WriteResolvConf) step;
            json.writeArrayFieldStart("nameservers");
            for (IpAddress server : dns.dns().nameservers()) {
                json.writeString(server.toString());
            }
            json.writeEndArray();
            strings(json, "search", dns.dns().search());
        } else if (step instanceof Step.ConfigureBlk) {
            blk(json, (Step.ConfigureBlk) step);
        } else if (step instanceof Step.MountFs) {
            mount(json, (Step.MountFs) step);
        } else {
            program(json, ((Step.StartProgram) step).entry());
        }
    }

    private static void blk(JsonGenerator json, Step.ConfigureBlk step) throws IOException {
        Blk blk = step.blk();
        json.writeStringField("name", blk.name());
        json.writeStringField("type", blk.type());
        json.writeStringField("device", blk.devicePath());
        if (blk instanceof Blk.Vnd) {
            json.writeNumberField("unit", ((Blk.Vnd) blk).unit());
            json.writeStringField("path", ((Blk.Vnd) blk).file());
            json.writeStringField("file", step.resolvedFile());
        } else {
            json.writeStringField("path", ((Blk.Etfs) blk).hostPath());
        }
    }

    private static void mount(JsonGenerator json, Step.MountFs step) throws IOException {
        MountSource source = step.mount().source();
        json.writeStringField("mountpoint", step.mount().mountpoint());
        json.writeStringField("source", source.source());
        if (source instanceof MountSource.BlkDevice) {
            json.writeStringField("device", ((MountSource.BlkDevice) source).device());
            strings(json, "filesystems", MountSource.BlkDevice.FILESYSTEMS);
        } else if (source instanceof MountSource.Tmpfs) {
            json.writeNumberField("size", ((MountSource.Tmpfs) source).sizeBytes());
        } else if (source instanceof MountSource.Nfs) {
            MountSource.Nfs nfs = (MountSource.Nfs) source;
            json.writeStringField("server", nfs.server());
            json.writeStringField("export", nfs.export());
            json.writeNumberField("vers", nfs.vers());
            json.writeStringField("proto", nfs.proto().token());
            json.writeBooleanField("readonly", nfs.readOnly());
        }
    }

    private static void program(JsonGenerator json, RcEntry entry) throws IOException {
        json.writeStringField("bin", entry.bin());
        strings(json, "argv", entry.effectiveArgv());
        json.writeStringField("runmode", entry.runmode().token());
        json.writeStringField("workdir", entry.effectiveWorkdir());
        json.writeObjectFieldStart("sysctl");
        for (Sysctl s : entry.sysctl()) {
            json.writeStringField(s.key(), s.value().text());
        }
        json.writeEndObject();
        json.writeBooleanField("baked", entry.origin().equals(Origin.SYNTHETIC));
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
