package io.rumpcfg.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing a current-format configuration the older format can express keeps its plan: the
 * document convert --to older prints, read back with the same bins, plans the same steps in
 * the same order with the same arguments and dependencies.
 */
class OlderPlanPropertyTest {
    @Provide
    net.jqwik.api.Arbitrary<ExpressibleConfigs.Case> cases() {
        return ExpressibleConfigs.cases();
    }

    @Property(tries = 300)
    void planOfTheOlderDocumentReadBackEqualsThePlanOfTheConfiguration(@ForAll("cases") ExpressibleConfigs.Case c) {
        ParseOptions parse = ParseOptions.DEFAULTS.withBins(c.bins());
        PlanOptions planOptions = PlanOptions.DEFAULTS.withBins(c.bins());
        String current = ConfigWriter.write(c.config());
        Checked x = Rumpcfg.check(current.getBytes(StandardCharsets.UTF_8), parse, planOptions);
        assertThat(x.isValid()).as("generated configuration is valid: %s\n%s", x.diagnostics(), current).isTrue();

        OlderResult older = OlderWriter.write(x.config().orElseThrow(),
                new OlderOptions(c.dialect(), false, Optional.of(c.bins())));
        assertThat(older.diagnostics()).as(current).isEmpty();
        String document = older.document().orElseThrow();
        Checked back = Rumpcfg.check(document.getBytes(StandardCharsets.UTF_8), parse, planOptions);

        assertThat(back.diagnostics()).as(document).extracting(Diagnostic::isError).containsOnly(false);
        assertThat(back.diagnostics()).extracting(Diagnostic::code).doesNotContain(Code.OLDER_ESCAPE, Code.COMMA_REPAIR);
        assertThat(PlanText.withoutOrigins(back.plan().orElseThrow())).as(document)
                .isEqualTo(PlanText.withoutOrigins(x.plan().orElseThrow()));
    }
}
