package io.rumpcfg.testing;

import io.rumpcfg.model.EnvVar;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link FakePlatform}'s state: a header line per section, then two-space indented
 * entries; file content and program output as {@code    | } lines. Empty sections say
 * {@code (none)}.
 */
final class FakeDump {
    private static final String NONE = "  (none)\n";
    private static final String CONTENT = "    | ";

    private FakeDump() {}

    static String render(FakePlatform p, boolean reveal) {
        StringBuilder out = new StringBuilder();
        out.append("sysctl:\n");
        map(out, p.sysctls(), " = ", false);
        out.append("env:\n");
        map(out, p.environment(), "=", !reveal);
        out.append("interfaces:\n");
        List<NetInterfaceState> ifs = p.interfaces();
        if (ifs.isEmpty()) {
            out.append(NONE);
        }
        for (NetInterfaceState i : ifs) {
            out.append("  ").append(i.name()).append(i.created() ? " (created)" : "").append(": ")
                    .append(i.addresses().isEmpty() ? "no address" : String.join(", ", i.addresses())).append('\n');
        }
        out.append("routes:\n");
        Map<String, String> routes = p.routes();
        if (routes.isEmpty()) {
            out.append(NONE);
        }
        for (Map.Entry<String, String> route : routes.entrySet()) {
            out.append("  default ").append(route.getKey()).append(' ').append(route.getValue()).append('\n');
        }
        out.append("devices:\n");
        List<DeviceNode> devices = p.devices();
        if (devices.isEmpty()) {
            out.append(NONE);
        }
        for (DeviceNode d : devices) {
            out.append("  ").append(d.path()).append(": ").append(d.kind());
            if (!d.backing().isEmpty()) {
                out.append(' ').append(d.backing());
            }
            out.append(d.readOnly() ? " (read-only)\n" : "\n");
        }
        out.append("mounts:\n");
        List<MountEntry> mounts = p.mounts();
        if (mounts.isEmpty()) {
            out.append(NONE);
        }
        for (MountEntry m : mounts) {
            out.append("  ").append(m.source()).append(" on ").append(m.mountpoint()).append(" type ").append(m.fstype());
            if (!m.options().isEmpty()) {
                StringBuilder opts = new StringBuilder();
                for (Map.Entry<String, String> option : m.options().entrySet()) {
                    opts.append(opts.length() == 0 ? "" : ",").append(option.getKey()).append('=').append(option.getValue());
                }
                out.append(" (").append(opts).append(')');
            }
            out.append('\n');
        }
        out.append("files:\n");
        List<String> files = p.files();
        if (files.isEmpty()) {
            out.append(NONE);
        }
        for (String path : files) {
            byte[] content = p.file(path).orElse(new byte[0]);
            out.append("  ").append(path).append(" (").append(content.length).append(" bytes)\n");
            content(out, content);
        }
        out.append("programs:\n");
        List<ProgramRecord> programs = p.programs();
        if (programs.isEmpty()) {
            out.append(NONE);
        }
        for (ProgramRecord r : programs) {
            out.append("  #").append(r.number()).append(' ').append(r.bin()).append(" argv=").append(quoted(r.argv()))
                    .append(" workdir=").append(r.workdir())
                    .append(r.exitCode().isPresent() ? " exit=" + r.exitCode().getAsInt() : r.started() ? " running" : " not started")
                    .append(r.pipedStdout() ? " stdout=pipe" : "").append('\n');
            if (r.crash().isPresent()) {
                out.append("    crashed: ").append(r.crash().get()).append('\n');
            }
            content(out, r.output().getBytes(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static void map(StringBuilder out, Map<String, String> map, String sep, boolean redactSecrets) {
        if (map.isEmpty()) {
            out.append(NONE);
        }
        for (Map.Entry<String, String> e : map.entrySet()) {
            String v = e.getValue();
            out.append("  ").append(e.getKey()).append(sep)
                    .append(redactSecrets && EnvVar.looksSecret(e.getKey(), v) ? EnvVar.REDACTED : v).append('\n');
        }
    }

    private static String quoted(List<String> argv) {
        StringBuilder out = new StringBuilder("[");
        for (String a : argv) {
            out.append(out.length() == 1 ? "" : ", ").append('"')
                    .append(a.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        }
        return out.append(']').toString();
    }

    /** Text as {@code | } lines; anything that is not printable UTF-8 as a byte count only. */
    private static void content(StringBuilder out, byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            out.append(CONTENT).append("<binary>\n");
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t') {
                out.append(CONTENT).append("<binary>\n");
                return;
            }
        }
        for (String line : text.split("\n", -1)) {
            out.append(CONTENT).append(line).append('\n');
        }
        if (text.endsWith("\n")) {
            out.setLength(out.length() - CONTENT.length() - 1); // the split's empty last piece
        }
    }
}
