package io.rumpcfg.cli;

import io.rumpcfg.Checked;
import io.rumpcfg.plan.PlanFormat;
import io.rumpcfg.plan.PlanWriter;
import io.rumpcfg.plan.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;

/** What {@code rumpcfg plan} prints and the code it exits with. */
final class PlanOutput {
    /**
     * What {@code plan --format} prints. Text, dot and mermaid print the plan on standard output
     * and the diagnostics as text lines on standard error; json prints one object on standard
     * output with both, the diagnostics as JSON, whether or not there is a plan; sarif prints the
     * diagnostics alone, as validate's sarif does.
     */
    enum Format {
        /** Numbered steps. */
        TEXT,
        /** {@link PlanWriter#writeJson}: the diagnostics and, when valid, the steps. */
        JSON,
        /** The dependency graph in Graphviz's dot language. */
        DOT,
        /** The dependency graph as a Mermaid flowchart. */
        MERMAID,
        /** The diagnostics as a SARIF 2.1.0 log; no plan. */
        SARIF
    }

    private PlanOutput() {}

    /**
     * Reads and checks the configuration {@code spec} names, and prints its diagnostics and,
     * when it is valid, its plan in {@code format}.
     *
     * @param layout the text format's width and detail
     * @return {@link ExitCode#OK}, or why the configuration has no plan
     */
    static int print(String spec, InputStream stdin, CheckOptions check, Format format, boolean reveal,
            TextLayout layout, PrintWriter out, PrintWriter err) throws IOException {
        return switch (format) {
            case TEXT -> plan(spec, stdin, check, PlanFormat.TEXT, reveal, layout, out, err);
            case DOT -> plan(spec, stdin, check, PlanFormat.DOT, reveal, layout, out, err);
            case MERMAID -> plan(spec, stdin, check, PlanFormat.MERMAID, reveal, layout, out, err);
            case JSON -> json(spec, stdin, check, reveal, out, err);
            case SARIF -> sarif(spec, stdin, check, out, err);
        };
    }

    /** The text layout for a terminal {@code columns} wide (the value of COLUMNS), else 80 wide. */
    static TextLayout layout(Optional<String> columns, boolean why) {
        TextLayout layout = TextLayout.DEFAULT.withWhy(why);
        if (columns.isEmpty()) {
            return layout;
        }
        try {
            int width = Integer.parseInt(columns.get().strip());
            return width > 0 ? layout.withWidth(width) : layout;
        } catch (NumberFormatException notANumber) {
            return layout;
        }
    }

    private static int plan(String spec, InputStream stdin, CheckOptions check, PlanFormat format, boolean reveal,
            TextLayout layout, PrintWriter out, PrintWriter err) throws IOException {
        Loaded loaded = Loaded.load(spec, stdin, check, Optional.empty(), err);
        if (!loaded.isValid()) {
            return loaded.exitCode();
        }
        PlanWriter.write(loaded.checked().orElseThrow().plan().orElseThrow(), format, reveal, layout, out);
        out.flush();
        return ExitCode.OK;
    }

    private static int json(String spec, InputStream stdin, CheckOptions check, boolean reveal, PrintWriter out,
            PrintWriter err) throws IOException {
        DiagnosticReport.Held held = new DiagnosticReport.Held();
        Loaded loaded = Loaded.load(spec, stdin, check, Optional.empty(), held, err);
        if (loaded.source().isPresent()) {
            Optional<Checked> checked = loaded.checked();
            PlanWriter.writeJson(loaded.source().get().name(), held.diagnostics(),
                    checked.isPresent() ? checked.get().plan() : Optional.empty(), reveal, out);
            out.flush();
        }
        return loaded.exitCode();
    }

    private static int sarif(String spec, InputStream stdin, CheckOptions check, PrintWriter out, PrintWriter err) {
        DiagnosticReport report = ReportFormat.SARIF.report(out, err);
        Loaded loaded = Loaded.load(spec, stdin, check, Optional.empty(), report, err);
        if (loaded.source().isPresent()) {
            report.finish();
        }
        return loaded.exitCode();
    }
}
