package io.rumpcfg;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ConfigParser;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.parse.ParseResult;
import io.rumpcfg.plan.PlanOptions;
import io.rumpcfg.plan.PlanResult;
import io.rumpcfg.plan.Planner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The library's front door: read, validate and plan a configuration in one call.
 *
 * <p>A configuration is valid only if it can be planned, so {@link #check} runs both the
 * reader and the planner.
 */
public final class Rumpcfg {
    private Rumpcfg() {}

    /** Reads, validates and plans {@code document}. */
    public static Checked check(byte[] document, ParseOptions parseOptions, PlanOptions planOptions) {
        ParseResult parsed = ConfigParser.create(parseOptions).parse(document);
        if (parsed.config().isEmpty()) {
            return new Checked(Optional.empty(), Optional.empty(), parsed.diagnostics());
        }
        PlanOptions effective = parseOptions.bins().isPresent() && planOptions.bins().isEmpty()
                ? planOptions.withBins(parseOptions.bins().get())
                : planOptions;
        PlanResult planned = Planner.plan(parsed.config().get(), effective);
        List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
        for (Diagnostic d : planned.diagnostics()) {
            all.add(parseOptions.strict() ? d.asError() : d);
        }
        boolean valid = planned.plan().isPresent() && all.stream().noneMatch(Diagnostic::isError);
        return new Checked(parsed.config(), valid ? planned.plan() : Optional.empty(), all);
    }
}
