package io.rumpcfg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Position;
import io.rumpcfg.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticOrderTest {
    private static Diagnostic at(String message, Position position) {
        return new Diagnostic(Severity.ERROR, Code.BAD_VALUE, message, ElementPath.root(), position);
    }

    @Test
    void placelessFirstThenByLineAndColumnOnePlaceInTheOrderFoundTheCountOfTheHiddenLast() {
        List<Diagnostic> found = List.of(
                DiagnosticLimit.summary(3, true, 5),
                at("4:72", Position.of(4, 72)),
                at("4:31 first", Position.of(4, 31)),
                at("source", Position.UNKNOWN),
                at("1:259", Position.of(1, 259)),
                at("4:31 second", Position.of(4, 31)),
                at("1:12", Position.of(1, 12)));

        assertThat(DiagnosticOrder.sorted(found)).extracting(Diagnostic::message).containsExactly(
                "source", "1:12", "1:259", "4:31 first", "4:31 second", "4:72",
                "3 more diagnostics not shown, over the limit maxDiagnostics=5");
    }

    @Test
    void aListInOrderAlreadyIsGivenBackAsItIs() {
        List<Diagnostic> found = List.of(at("source", Position.UNKNOWN), at("1:1", Position.of(1, 1)));

        assertThat(DiagnosticOrder.sorted(found)).isSameAs(found);
    }
}
