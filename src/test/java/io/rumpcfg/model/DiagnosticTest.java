package io.rumpcfg.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
    @Test
    void renderedLineHasFilePositionSeverityPathAndMessage() {
        Diagnostic d = Diagnostic.error(Code.BAD_VALUE, Origin.of("mount[\"/data\"].source", 3, 17), "\"tmpf\" is not a valid mount source");

        assertThat(d.render("cfg.json")).isEqualTo("cfg.json:3:17: error: mount[\"/data\"].source: \"tmpf\" is not a valid mount source");
    }

    @Test
    void warningSaysWarningAndBecomesAnErrorWhenAskedTo() {
        Diagnostic d = Diagnostic.warning(Code.UNKNOWN_KEY, Origin.of("enf", 1, 2), "unknown key \"enf\"");

        assertThat(d.render("-")).isEqualTo("-:1:2: warning: enf: unknown key \"enf\"");
        assertThat(d.isError()).isFalse();
        assertThat(d.asError().render("-")).isEqualTo("-:1:2: error: enf: unknown key \"enf\"");
    }

    @Test
    void rootPathAndUnknownPositionAreLeftOut() {
        Diagnostic d = new Diagnostic(Severity.ERROR, Code.SYNTAX, "invalid JSON", ElementPath.root(), Position.UNKNOWN);

        assertThat(d.render("x.json")).isEqualTo("x.json: error: invalid JSON");
    }
}
