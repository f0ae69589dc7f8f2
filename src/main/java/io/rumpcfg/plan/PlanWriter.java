package io.rumpcfg.plan;

import io.rumpcfg.model.Diagnostic;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Shows a plan to whoever is debugging a configuration. The values of environment variables
 * whose names look secret ({@link io.rumpcfg.model.EnvVar#looksSecret}) are shown as
 * {@code <redacted>} in every format unless {@code reveal} is set.
 *
 * <p>In {@link PlanFormat#JSON}, each step's {@code args} are, by op:
 * <ul>
 *   <li>{@code sysctl}: {@code key}, {@code value} (the text handed to sysctl);</li>
 *   <li>{@code env}: {@code name}, {@code value};</li>
 *   <li>{@code hostname}: {@code name};</li>
 *   <li>{@code net.if}: {@code name}, {@code create}, {@code addrs}: a list of
 *       {@code {type, method, addr}}, {@code addr} ({@code 10.0.0.2/24}) only when static;</li>
 *   <li>{@code net.gw}: {@code type}, {@code addr};</li>
 *   <li>{@code net.dns}: {@code nameservers}, {@code search};</li>
 *   <li>{@code blk}: {@code name}, {@code type}, {@code device} ({@code /dev/<name>}); etfs:
 *       {@code path}; vnd: {@code unit}, {@code path} as written, {@code file} resolved;</li>
 *   <li>{@code mount}: {@code mountpoint}, {@code source}; blk: {@code device},
 *       {@code filesystems}; tmpfs: {@code size} in bytes; nfs: {@code server},
 *       {@code export}, {@code vers}, {@code proto}, {@code readonly};</li>
 *   <li>{@code rc}: {@code bin}, {@code argv} (as the program sees it), {@code runmode}
 *       ({@code ""}, {@code "&"} or {@code "|"}), {@code workdir}, {@code sysctl} (key to
 *       value), {@code baked} (true for a baked binary run because there is no rc).</li>
 * </ul>
 * {@code at} and {@code line} are null for steps no document wrote (baked binaries). The
 * plan's notes are shown by the text format and as comments in dot and mermaid. In dot and
 * mermaid the configuration steps are drawn in one box, {@code configuration}, when programs
 * follow them, and the programs' wait for them is one arrow from the box.
 */
public final class PlanWriter {
    private PlanWriter() {}

    /** {@code plan} in {@code format}, ending in a newline; text in {@link TextLayout#DEFAULT}. */
    public static String render(Plan plan, PlanFormat format, boolean reveal) {
        return render(plan, format, reveal, TextLayout.DEFAULT);
    }

    /** {@code plan} in {@code format}, ending in a newline; text in {@code layout}. */
    public static String render(Plan plan, PlanFormat format, boolean reveal, TextLayout layout) {
        StringWriter out = new StringWriter();
        try {
            write(plan, format, reveal, layout, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * Writes {@code plan} in {@code format} to {@code out}, which is left open; text in
     * {@link TextLayout#DEFAULT}.
     *
     * @param reveal whether secret environment values are shown rather than redacted
     * @throws IOException only when {@code out} fails to write
     */
    public static void write(Plan plan, PlanFormat format, boolean reveal, Writer out) throws IOException {
        write(plan, format, reveal, TextLayout.DEFAULT, out);
    }

    /**
     * Writes {@code plan} in {@code format} to {@code out}, which is left open.
     *
     * @param reveal whether secret environment values are shown rather than redacted
     * @param layout the width and detail of {@link PlanFormat#TEXT}; the other formats ignore it
     * @throws IOException only when {@code out} fails to write
     */
    public static void write(Plan plan, PlanFormat format, boolean reveal, TextLayout layout, Writer out)
            throws IOException {
        switch (format) {
            case TEXT:
                TextPlanWriter.write(plan, reveal, layout, out);
                break;
            case JSON:
                JsonPlanWriter.write(plan, reveal, out);
                break;
            case DOT:
                GraphPlanWriter.dot(plan, reveal, out);
                break;
            case MERMAID:
                GraphPlanWriter.mermaid(plan, reveal, out);
                break;
            default:
                throw new IllegalArgumentException("unknown format " + format);
        }
    }

    /**
     * Writes what a tool reads about one document, valid or not, as one JSON object:
     * {@code {"file", "valid", "diagnostics": [...], "steps": [...]}}. {@code file} is
     * {@code sourceName}; {@code valid} is whether there is a plan; each diagnostic is
     * {@code {"file", "line", "column", "path", "code", "severity", "message"}} ({@code line}
     * and {@code column} null when the place is unknown, {@code path} null for the whole
     * document, {@code message} without the path); {@code steps} is the plan's steps as
     * {@link PlanFormat#JSON} has them, or null when there is no plan.
     *
     * @param sourceName  where the document came from, as diagnostics name it
     * @param diagnostics every diagnostic of the document, in the order they are shown
     * @param plan        the plan, when the document is valid
     * @param reveal      whether secret environment values are shown rather than redacted
     * @param out         where to write; left open
     * @throws IOException only when {@code out} fails to write
     */
    public static void writeJson(String sourceName, List<Diagnostic> diagnostics, Optional<Plan> plan, boolean reveal,
            Writer out) throws IOException {
        JsonPlanWriter.write(sourceName, diagnostics, plan, reveal, out);
    }
}
