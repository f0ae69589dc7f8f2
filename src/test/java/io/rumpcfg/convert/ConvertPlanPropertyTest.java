package io.rumpcfg.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

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
        assertThat(original.diagnostics()).extracting(Diagnostic::code).contains(Code.OLDER_FORMAT);

        String converted = ConfigWriter.write(original.config().orElseThrow());
        Checked again = Rumpcfg.check(converted.getBytes(StandardCharsets.UTF_8), options, PlanOptions.DEFAULTS);

        assertThat(again.diagnostics()).extracting(Diagnostic::code).doesNotContain(Code.OLDER_FORMAT, Code.COMMA_REPAIR);
        assertThat(PlanText.withoutOrigins(again.plan().orElseThrow())).isEqualTo(PlanText.withoutOrigins(original.plan().orElseThrow()));
    }

    /**
     * Back to the older format for the Solo5 forks (which take every shape generated here):
     * the plan is the original's again, unless the writer refuses an element, which it may
     * only do for a word the guests could not be given (one holding a quote or a backslash),
     * and then for the document too if that left it without a program (the guest halts: "no
     * bins"). The bins are always given: without them, a cmdline's "*" written back as
     * rc_TESTING (for a word a cmdline cannot carry) would be read back under its argv[0].
     */
    @Property(tries = 300)
    void planOfTheDocumentWrittenBackInTheOlderFormatEqualsThePlanOfTheOriginal(
            @ForAll("olderDocuments") OlderDocuments.Doc doc) {
        List<String> bins = doc.bins().orElse(List.of("app"));
        ParseOptions options = ParseOptions.DEFAULTS.withBins(bins);
        Checked original = Rumpcfg.check(doc.json().getBytes(StandardCharsets.UTF_8), options, PlanOptions.DEFAULTS);

        OlderResult older = OlderWriter.write(original.config().orElseThrow(),
                new OlderOptions(OlderDialect.SOLO5, false, Optional.of(bins)));
        Statistics.label("written back").collect(older.document().isPresent());
        Statistics.label("written back").coverage(c -> c.check(true).percentage(p -> p > 50));
        if (older.document().isEmpty()) {
            String word = "cannot be written in the older format: it holds ('\"'|'\\\\'), .*";
            assertThat(older.diagnostics()).anySatisfy(d -> assertThat(d.message()).matches(word));
            assertThat(older.diagnostics()).allSatisfy(d -> assertThat(d.message()).matches(word
                    + "|cannot be written in the older format: no program is left, and the older guest halts \\(\"no"
                    + " bins\"\\) on a document without one"));
            return;
        }
        Checked back = Rumpcfg.check(older.document().get().getBytes(StandardCharsets.UTF_8), options, PlanOptions.DEFAULTS);

        assertThat(back.diagnostics()).extracting(Diagnostic::code).doesNotContain(Code.COMMA_REPAIR, Code.OLDER_ESCAPE);
        assertThat(PlanText.withoutOrigins(back.plan().orElseThrow())).as(older.document().get())
                .isEqualTo(PlanText.withoutOrigins(original.plan().orElseThrow()));
    }
}
