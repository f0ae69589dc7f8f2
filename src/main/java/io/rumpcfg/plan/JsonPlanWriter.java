package io.rumpcfg.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import io.rumpcfg.internal.DiagnosticJson;
import io.rumpcfg.internal.JsonStyle;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.Sysctl;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * The plan as JSON, in the house style ({@link JsonStyle}); the args of each op are listed on
 * {@link PlanWriter}.
 */
final class JsonPlanWriter implements Step.Visitor<Void, IOException>, MountSource.Visitor<Void, IOException> {
    private final JsonGenerator json;
    private final boolean reveal;

    private JsonPlanWriter(JsonGenerator json, boolean reveal) {
        this.json = json;
        this.reveal = reveal;
    }

    static void write(Plan plan, boolean reveal, Writer out) throws IOException {
        try (JsonGenerator json = JsonStyle.generator(out)) {
            JsonPlanWriter writer = new JsonPlanWriter(json, reveal);
            json.writeStartObject();
            writer.steps(plan);
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** The document of {@link PlanWriter#writeJson}. */
    static void write(String sourceName, List<Diagnostic> diagnostics, Optional<Plan> plan, boolean reveal, Writer out)
            throws IOException {
        try (JsonGenerator json = JsonStyle.generator(out)) {
            json.writeStartObject();
            json.writeStringField("file", sourceName);
            json.writeBooleanField("valid", plan.isPresent());
            json.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : diagnostics) {
                DiagnosticJson.write(json, sourceName, d);
            }
            json.writeEndArray();
            if (plan.isPresent()) {
                new JsonPlanWriter(json, reveal).steps(plan.get());
            } else {
                json.writeNullField("steps");
            }
            json.writeEndObject();
        }
        out.write('\n');
    }

    private void steps(Plan plan) throws IOException {
        json.writeArrayFieldStart("steps");
        for (Step step : plan.steps()) {
            step(step, plan.dependenciesOf(step));
        }
        json.writeEndArray();
    }

    private void step(Step step, List<Dependency> after) throws IOException {
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
        step.accept(this);
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public Void sysctl(Step.SetSysctl step) throws IOException {
        Sysctl s = step.sysctl();
        json.writeStringField("key", s.key());
        json.writeStringField("value", s.value().text());
        return null;
    }

    @Override
    public Void env(Step.SetEnv step) throws IOException {
        json.writeStringField("name", step.env().name());
        json.writeStringField("value", step.env().shownValue(reveal));
        return null;
    }

    @Override
    public Void hostname(Step.SetHostname step) throws IOException {
        json.writeStringField("name", step.hostname().name());
        return null;
    }

    @Override
    public Void iface(Step.ConfigureInterface step) throws IOException {
        json.writeStringField("name", step.iface().name());
        json.writeBooleanField("create", step.iface().create());
        JsonStyle.addrs(json, step.iface().addrs());
        return null;
    }

    @Override
    public Void gateway(Step.AddGateway step) throws IOException {
        json.writeStringField("type", step.gateway().type().token());
        json.writeStringField("addr", step.gateway().addr().toString());
        return null;
    }

    @Override
    public Void resolvConf(Step.WriteResolvConf step) throws IOException {
        json.writeArrayFieldStart("nameservers");
        for (IpAddress server : step.dns().nameservers()) {
            json.writeString(server.toString());
        }
        json.writeEndArray();
        JsonStyle.strings(json, "search", step.dns().search());
        return null;
    }

    @Override
    public Void blk(Step.ConfigureBlk step) throws IOException {
        Blk blk = step.blk();
        json.writeStringField("name", blk.name());
        json.writeStringField("type", blk.type());
        json.writeStringField("device", blk.devicePath());
        blk.accept(new Blk.Visitor<Void, IOException>() {
            @Override
            public Void etfs(Blk.Etfs etfs) throws IOException {
                json.writeStringField("path", etfs.hostPath());
                return null;
            }

            @Override
            public Void vnd(Blk.Vnd vnd) throws IOException {
                json.writeNumberField("unit", vnd.unit());
                json.writeStringField("path", vnd.file());
                json.writeStringField("file", step.resolvedFile());
                return null;
            }
        });
        return null;
    }

    @Override
    public Void mount(Step.MountFs step) throws IOException {
        json.writeStringField("mountpoint", step.mount().mountpoint());
        json.writeStringField("source", step.mount().source().source());
        return step.mount().source().accept(this);
    }

    @Override
    public Void blk(MountSource.BlkDevice blk) throws IOException {
        json.writeStringField("device", blk.device());
        JsonStyle.strings(json, "filesystems", MountSource.BlkDevice.FILESYSTEMS);
        return null;
    }

    @Override
    public Void kernfs(MountSource.Kernfs kernfs) {
        return null;
    }

    @Override
    public Void tmpfs(MountSource.Tmpfs tmpfs) throws IOException {
        json.writeNumberField("size", tmpfs.sizeBytes());
        return null;
    }

    @Override
    public Void nfs(MountSource.Nfs nfs) throws IOException {
        json.writeStringField("server", nfs.server());
        json.writeStringField("export", nfs.export());
        json.writeNumberField("vers", nfs.vers());
        json.writeStringField("proto", nfs.proto().token());
        json.writeBooleanField("readonly", nfs.readOnly());
        return null;
    }

    @Override
    public Void program(Step.StartProgram step) throws IOException {
        RcEntry entry = step.entry();
        json.writeStringField("bin", entry.bin());
        JsonStyle.strings(json, "argv", entry.effectiveArgv());
        json.writeStringField("runmode", entry.runmode().token());
        json.writeStringField("workdir", entry.effectiveWorkdir());
        json.writeObjectFieldStart("sysctl");
        for (Sysctl s : entry.sysctl()) {
            json.writeStringField(s.key(), s.value().text());
        }
        json.writeEndObject();
        json.writeBooleanField("baked", entry.origin().equals(Origin.SYNTHETIC));
        return null;
    }
}
