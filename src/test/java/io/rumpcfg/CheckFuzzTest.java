package io.rumpcfg;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;

/**
 * Fuzzes the reader, validator and planner together: whatever the bytes, {@link Rumpcfg#check}
 * returns either a plan or at least one error, and throws nothing. The normal build replays
 * the seeds in CheckFuzzTestInputs; {@code mvn -Pfuzz verify} fuzzes (docs/security.md).
 */
class CheckFuzzTest {
    static {
        // Load (and instrument) the reader and planner before the first input is timed.
        fuzzerTestOneInput(FuzzWarmUp.example());
    }

    @FuzzTest
    void checkPlansOrDiagnoses(byte[] document) {
        fuzzerTestOneInput(document);
    }

    /** The entry point Jazzer's own driver calls when -Pfuzz fuzzes this target. */
    public static void fuzzerTestOneInput(byte[] document) {
        Checked checked = Rumpcfg.check(document, ParseOptions.DEFAULTS, PlanOptions.DEFAULTS);
        boolean hasError = checked.diagnostics().stream().anyMatch(Diagnostic::isError);
        if (checked.isValid() == hasError || checked.isValid() != checked.plan().isPresent()) {
            throw new IllegalStateException("neither a plan nor an error: valid=" + checked.isValid()
                    + ", plan=" + checked.plan().isPresent() + ", diagnostics=" + checked.diagnostics());
        }
        if (checked.isValid() && checked.config().isEmpty()) {
            throw new IllegalStateException("a plan without a configuration");
        }
    }
}
