package io.rumpcfg.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rumpcfg.BootSettings;
import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.exec.BootReport;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import io.rumpcfg.plan.Step;
import io.rumpcfg.testing.BakedBinary;
import io.rumpcfg.testing.DeviceNode;
import io.rumpcfg.testing.FakePlatform;
import io.rumpcfg.testing.FakePlatformBuilder;
import io.rumpcfg.testing.MountEntry;
import io.rumpcfg.testing.NetInterfaceState;
import io.rumpcfg.testing.ProgramRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What rumpcfg makes of a vector, in the vectors' own shape, for comparison with {@code expect}. */
final class Outcome {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Outcome() {}

    static ObjectNode of(Vector v, boolean withState) {
        ParseOptions parse = ParseOptions.DEFAULTS.withStrict(v.strict());
        if (v.bins().isPresent()) {
            parse = parse.withBins(v.bins().get());
        }
        Checked checked = Rumpcfg.check(v.document(), parse, PlanOptions.DEFAULTS);
        ObjectNode out = F.objectNode();
        out.put("valid", checked.isValid());
        out.set("diagnostics", diagnostics(checked.diagnostics()));
        if (checked.isValid()) {
            ArrayNode plan = out.putArray("plan");
            checked.plan().get().steps().forEach(s -> plan.add(s.id()));
        }
        if (withState) {
            out.set("state", boot(v, parse));
        }
        return out;
    }

    private static ArrayNode diagnostics(List<Diagnostic> diagnostics) {
        ArrayNode out = F.arrayNode();
        for (Diagnostic d : diagnostics) {
            ObjectNode n = out.addObject();
            n.put("severity", d.severity().toString().toLowerCase(Locale.ROOT));
            n.put("path", d.path().toString());
            n.put("line", d.position().line());
            n.put("code", d.code().id());
        }
        return out;
    }

    private static ObjectNode boot(Vector v, ParseOptions parse) {
        FakePlatformBuilder builder = FakePlatform.builder();
        for (String bin : v.bins().orElse(List.of())) {
            Integer status = v.exits().get(bin);
            builder.bin(bin, status == null ? BakedBinary.echo() : BakedBinary.exiting(status));
        }
        v.devices().forEach(builder::device);
        FakePlatform p = builder.build();
        BootReport report = Rumpcfg.boot(v.document(), p, BootSettings.DEFAULTS.withParse(parse));
        ObjectNode s = F.objectNode();
        s.put("outcome", report.outcome().toString().toLowerCase(Locale.ROOT));
        report.failed().ifPresent(f -> s.put("failedStep", f.id()));
        ArrayNode notRun = s.putArray("notRun");
        report.notRun().stream().map(Step::id).forEach(notRun::add);
        map(s.putObject("sysctl"), p.sysctls());
        map(s.putObject("env"), p.environment());
        ObjectNode ifs = s.putObject("interfaces");
        for (NetInterfaceState i : p.interfaces()) {
            ObjectNode n = ifs.putObject(i.name());
            n.put("created", i.created());
            ArrayNode addrs = n.putArray("addrs");
            i.addresses().forEach(addrs::add);
        }
        map(s.putObject("routes"), p.routes());
        ArrayNode devices = s.putArray("devices");
        for (DeviceNode d : p.devices()) {
            devices.add(d.path() + " " + d.kind() + (d.backing().isEmpty() ? "" : " " + d.backing()) + (d.readOnly() ? " ro" : ""));
        }
        ArrayNode mounts = s.putArray("mounts");
        for (MountEntry m : p.mounts()) {
            ObjectNode n = mounts.addObject();
            n.put("fstype", m.fstype());
            n.put("source", m.source());
            n.put("mountpoint", m.mountpoint());
            map(n.putObject("options"), m.options());
        }
        ObjectNode files = s.putObject("files");
        p.files().forEach(f -> files.put(f, p.fileText(f).orElse("")));
        ArrayNode programs = s.putArray("programs");
        for (ProgramRecord r : p.programs()) {
            ObjectNode n = programs.addObject();
            n.put("bin", r.bin());
            ArrayNode argv = n.putArray("argv");
            r.argv().forEach(argv::add);
            n.put("workdir", r.workdir());
            map(n.putObject("sysctl"), r.sysctl());
            if (r.stdinFrom().isPresent()) {
                n.put("stdinFrom", r.stdinFrom().getAsInt());
            }
            if (r.exitCode().isPresent()) {
                n.put("exit", r.exitCode().getAsInt());
            }
        }
        return s;
    }

    private static void map(ObjectNode into, Map<String, String> map) {
        map.forEach(into::put);
    }
}
