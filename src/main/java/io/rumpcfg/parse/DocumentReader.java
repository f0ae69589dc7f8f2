package io.rumpcfg.parse;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a document's tokens and picks its format. The current format is strict JSON; a
 * document strict JSON rejects is read again with the older launcher's commas repaired
 * ({@link CommaRepair}), and kept that way only if it then reads as the older format, with
 * one warning naming the repairs; otherwise the strict error stands. A repair only turns
 * commas into spaces, so every position is that of the original document.
 */
final class DocumentReader {
    /** What was read, and the problems of the reading that counts. */
    record Outcome(Optional<Config> config, Problems problems) {}

    /** The root object's place on a tape: first. */
    private static final int ROOT = 0;

    private DocumentReader() {}

    /** @param plain whether the document is plain ({@link PlainDocument#is}) */
    static Outcome read(byte[] document, boolean plain, LineMap lines, ParseOptions options) {
        Problems strict = problems(options);
        Optional<Tape> root = new TokenReader(document, plain, lines, options.limits(), strict).read();
        if (root.isPresent()) {
            try {
                return new Outcome(interpret(root.get(), options, strict), strict);
            } finally {
                root.get().recycle();
            }
        }
        Optional<Diagnostic> syntax = strict.diagnostics().stream()
                .filter(d -> d.code().equals(Problems.SYNTAX) || d.code().equals(Problems.TRAILING_CONTENT))
                .findFirst();
        Optional<CommaRepair.Repaired> repaired = syntax.flatMap(d -> CommaRepair.repair(document));
        if (repaired.isEmpty()) {
            return new Outcome(Optional.empty(), strict);
        }
        Problems lenient = problems(options);
        lenient.commaRepair(syntax.get().position(), describe(repaired.get().removed()));
        Optional<Tape> again = new TokenReader(repaired.get().bytes(), plain, lines, options.limits(), lenient).read();
        if (again.isEmpty()) {
            return new Outcome(Optional.empty(), strict);
        }
        try {
            if (FormatShapes.firstOlder(again.get(), ROOT).isEmpty()) {
                return new Outcome(Optional.empty(), strict);
            }
            return new Outcome(interpret(again.get(), options, lenient), lenient);
        } finally {
            again.get().recycle();
        }
    }

    /** The configuration of a document read to its end, by the reader of its format. */
    private static Optional<Config> interpret(Tape tape, ParseOptions options, Problems problems) {
        Reading reading = new Reading(options, problems, tape);
        Optional<FormatShapes.Shape> older = FormatShapes.firstOlder(tape, ROOT);
        if (older.isEmpty()) {
            return new RootReader(reading).read(ROOT);
        }
        Optional<FormatShapes.Shape> current = FormatShapes.firstCurrent(tape, ROOT);
        if (current.isPresent()) {
            problems.mixedFormat(current.get().path(), current.get().at(), older.get().path(), older.get().at());
            return Optional.empty();
        }
        return new OlderReader(reading).read(ROOT, older.get());
    }

    private static Problems problems(ParseOptions options) {
        return new Problems(options.limits().maxDiagnostics(), options.strict());
    }

    /** "a comma right after '{' (3) and doubled commas (2)", kinds in a fixed order. */
    static String describe(Map<CommaRepair.Kind, Integer> removed) {
        List<String> parts = new ArrayList<>();
        for (CommaRepair.Kind kind : CommaRepair.Kind.values()) {
            Integer n = removed.get(kind);
            if (n != null) {
                parts.add(kind.description() + " (" + n + ")");
            }
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
