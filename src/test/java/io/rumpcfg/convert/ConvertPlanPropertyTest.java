package io.rumpcfg.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.PlanFormat;
import io.rumpcfg.plan.PlanOptions;
import io.rumpcfg.plan.PlanWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Converting an older-format document keeps its plan: the same steps, in the same order,
 * with the same arguments and dependencies. Only where each step came from (at, line)
 * differs, since the converted document is another text.
 */
class ConvertPlanPropertyTest {
    @Provide
    Arbitrary<OlderDocuments.Doc> olderDocuments() {
        return OlderDocuments.docs();
    }

    @Property(tries = 300)
    void planOfTheConvertedDocumentEqualsThePlanOfTheOriginal(@ForAll("olderDocuments") OlderDocuments.Doc doc) {
        ParseOptions options = doc.bins().map(ParseOptions.DEFAULTS::withBins).orElse(ParseOptions.DEFAULTS);
        Checked original = Rumpcfg.check(doc.json().getBytes(StandardCharsets.UTF_8), options, PlanOptions.DEFAULTS);
        assertThat(original.isValid()).as("generated document is valid: %s", original.diagnostics()).isTrue();
        assertThat(original.diagnostics()).extracting(Diagnostic::code).contains("older-format");

        String converted = ConfigWriter.write(original.config().orElseThrow());
        Checked again = Rumpcfg.check(converted.getBytes(StandardCharsets.UTF_8), options, PlanOptions.DEFAULTS);

        assertThat(again.diagnostics()).extracting(Diagnostic::code).doesNotContain("older-format", "comma-repair");
        assertThat(withoutOrigins(again.plan().orElseThrow())).isEqualTo(withoutOrigins(original.plan().orElseThrow()));
    }

    /** The plan as JSON (ids, order, args, dependencies, notes elsewhere equal), less each step's at and line. */
    private static String withoutOrigins(Plan plan) {
        String json = PlanWriter.render(plan, PlanFormat.JSON, true);
        return json.lines().filter(l -> !l.matches("\\s*\"(at|line)\" : .*")).collect(Collectors.joining("\n"))
                + "\nnotes: " + plan.notes();
    }
}
