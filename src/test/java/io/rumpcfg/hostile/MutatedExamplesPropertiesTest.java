package io.rumpcfg.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The example configurations in docs/examples, damaged byte by byte (bytes replaced, inserted,
 * deleted, spans repeated): reading, validating and planning each never throws, and the result
 * is a plan or at least one error, never both, never neither.
 */
class MutatedExamplesPropertiesTest {
    private static final List<byte[]> EXAMPLES = readExamples();

    private static List<byte[]> readExamples() {
        try (Stream<Path> files = Files.list(Path.of("docs/examples"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One edit at a position given as a fraction of the document's length. */
    record Edit(int kind, double at, int length, byte value) {
        byte[] apply(byte[] doc) {
            int pos = (int) (at * doc.length);
            int end = Math.min(doc.length, pos + length);
            switch (kind) {
                case 0: { // replace one byte
                    byte[] out = doc.clone();
                    if (pos < out.length) {
                        out[pos] = value;
                    }
                    return out;
                }
                case 1: { // insert a byte
                    byte[] out = new byte[doc.length + 1];
                    System.arraycopy(doc, 0, out, 0, pos);
                    out[pos] = value;
                    System.arraycopy(doc, pos, out, pos + 1, doc.length - pos);
                    return out;
                }
                case 2: { // delete a span
                    byte[] out = new byte[doc.length - (end - pos)];
                    System.arraycopy(doc, 0, out, 0, pos);
                    System.arraycopy(doc, end, out, pos, doc.length - end);
                    return out;
                }
                default: { // repeat a span
                    byte[] span = Arrays.copyOfRange(doc, pos, end);
                    byte[] out = new byte[doc.length + span.length];
                    System.arraycopy(doc, 0, out, 0, end);
                    System.arraycopy(span, 0, out, end, span.length);
                    System.arraycopy(doc, end, out, end + span.length, doc.length - end);
                    return out;
                }
            }
        }
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 40),
                Arbitraries.bytes()).as(Edit::new);
        return Combinators.combine(Arbitraries.of(EXAMPLES), edit.list().ofMinSize(1).ofMaxSize(8))
                .as((doc, edits) -> {
                    byte[] out = doc;
                    for (Edit e : edits) {
                        out = e.apply(out);
                    }
                    return out;
                });
    }

    @Property(tries = 1000)
    void aDamagedExampleGivesAPlanOrAnErrorAndThrowsNothing(@ForAll("damaged") byte[] document) {
        Checked checked = Rumpcfg.check(document, ParseOptions.DEFAULTS, PlanOptions.DEFAULTS);

        boolean hasError = checked.diagnostics().stream().anyMatch(Diagnostic::isError);
        assertThat(checked.isValid()).isNotEqualTo(hasError);
        assertThat(checked.plan().isPresent()).isEqualTo(checked.isValid());
        assertThat(checked.diagnostics()).allMatch(d -> !d.render("x").contains("\n"));
    }

    @Property(tries = 50)
    void theUndamagedExamplesAreValid(@ForAll("examples") byte[] document) {
        assertThat(Rumpcfg.check(document, ParseOptions.DEFAULTS, PlanOptions.DEFAULTS).isValid()).isTrue();
    }

    @Provide
    Arbitrary<byte[]> examples() {
        return Arbitraries.of(EXAMPLES);
    }
}
