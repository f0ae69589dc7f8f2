package io.rumpcfg.process;

import io.rumpcfg.model.EnvVar;
import java.nio.file.Path;
import java.util.List;

/** Renders what a {@link ProcessPlatform} recorded, wrote and ran. */
final class ProcessDump {
    private ProcessDump() {}

    static String render(Path root, List<Effect> effects, List<String> written, List<HostProgram> programs, boolean reveal) {
        StringBuilder out = new StringBuilder("root: ").append(root).append('\n');
        out.append("recorded (not applied to the host):\n");
        for (Effect e : effects) {
            boolean secret = e.call().equals("setenv") && !reveal && EnvVar.looksSecret(e.arguments().get(0),
                    e.arguments().size() > 1 ? e.arguments().get(1) : "");
            out.append("  ").append(secret ? "setenv " + e.arguments().get(0) + " " + EnvVar.REDACTED : e.toString()).append('\n');
        }
        out.append("files written:\n");
        written.forEach(f -> out.append("  ").append(f).append('\n'));
        out.append("programs:\n");
        for (HostProgram p : programs) {
            out.append("  #").append(p.number()).append(' ').append(p.bin()).append(" (").append(p.executable())
                    .append(") argv=").append(p.argv()).append(" workdir=").append(p.workdir())
                    .append(p.exitCode().isPresent() ? " exit=" + p.exitCode().getAsInt() : p.started() ? " not finished" : " not started").append('\n');
            dropped(out, "stdout", p.stdoutDropped());
            dropped(out, "stderr", p.stderrDropped());
            for (String line : p.stdout().split("\n")) {
                if (!line.isEmpty()) {
                    out.append("    | ").append(line).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Says how much of a stream was not kept: the report shows only its tail. */
    private static void dropped(StringBuilder out, String stream, long bytes) {
        if (bytes > 0) {
            out.append("    (").append(stream).append(": the first ").append(bytes)
                    .append(" bytes dropped; the last ").append(OutputTail.KEPT_BYTES / 1024).append(" KiB kept)\n");
        }
    }
}
