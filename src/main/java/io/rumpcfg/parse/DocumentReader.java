package io.rumpcfg.parse;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a document's tokens and picks its format. The current format is strict JSON, read
 * by the section readers. A document of the older format is read the way rumprun master's
 * guest reads it ({@link MasterReader}), whether strict JSON reads it or not: a document
 * strict JSON rejects is of the older format when the guest's tokens show an older shape,
 * with one warning saying where strict JSON failed (naming the launcher's stray commas when
 * those are all it is, {@link CommaRepair}); otherwise the strict error stands.
 */
final class DocumentReader {
    /** What was read, the problems of the reading that counts, and whether it was read as the older format. */
    record Outcome(Optional<Config> config, Problems problems, boolean older) {}

    /** The root object's place on a tape: first. */
    private static final int ROOT = 0;

    private DocumentReader() {}

    /**
     * @param plain whether the document is plain ({@link PlainDocument#is})
     * @param root  the offset of the document's first <code>&#123;</code>
     */
    static Outcome read(byte[] document, int root, boolean plain, LineMap lines, ParseOptions options) {
        Problems strict = problems(options);
        Optional<Tape> tape = new TokenReader(document, plain, lines, options.limits(), strict).read();
        if (tape.isPresent()) {
            try {
                Optional<FormatShapes.Shape> older = FormatShapes.firstOlder(tape.get(), ROOT);
                if (older.isEmpty()) {
                    return new Outcome(new RootReader(new Reading(options, strict, tape.get())).read(ROOT), strict, false);
                }
                Optional<FormatShapes.Shape> current = FormatShapes.firstCurrent(tape.get(), ROOT);
                if (current.isPresent()) {
                    strict.mixedFormat(current.get().path(), current.get().at(), older.get().path(), older.get().at());
                    return new Outcome(Optional.empty(), strict, true);
                }
            } finally {
                tape.get().recycle();
            }
            return master(document, root, lines, options, problems(options));
        }
        // Not strict JSON, or over a limit of it: what master's guest reads, if it is of the older format.
        JsmnTokens tokens = JsmnTokens.of(document, root);
        if (tokens.failed() || !looksOlder(tokens)) {
            return new Outcome(Optional.empty(), strict, false);
        }
        Problems lenient = problems(options);
        Diagnostic first = strict.diagnostics().get(0);
        Optional<CommaRepair.Repaired> repaired = CommaRepair.repair(document);
        Optional<Tape> reread = repaired.isPresent() ? new TokenReader(repaired.get().bytes(), plain, lines,
                options.limits(), problems(options)).read() : Optional.empty();
        if (reread.isPresent()) {
            reread.get().recycle();
            lenient.commaRepair(first.position(), describe(repaired.get().removed()));
        } else {
            lenient.olderSyntax(first.position(), first);
        }
        return master(document, root, lines, options, lenient);
    }

    private static Outcome master(byte[] document, int root, LineMap lines, ParseOptions options, Problems problems) {
        Optional<JsmnTokens> tokens = MasterReader.tokens(document, root, lines, problems);
        Optional<Config> config = tokens.isEmpty() ? Optional.empty()
                : MasterReader.read(document, tokens.get(), lines, options, problems);
        return new Outcome(config, problems, true);
    }

    /**
     * Whether tokens strict JSON could not read show a shape only the older format has: a
     * {@code cmdline} or {@code rc_TESTING}, a string {@code env}, a key master reads by
     * prefix, a {@code net} or {@code blk} object with an older key first.
     */
    private static boolean looksOlder(JsmnTokens t) {
        for (int i = 1; i + 1 < t.count(); i++) {
            if (t.type(i) != JsmnTokens.STRING) {
                continue;
            }
            String key = t.text(i);
            int v = i + 1;
            boolean keyed = t.size(i) == 1;
            if (FormatShapes.OLDER_ROOT_KEYS.contains(key)
                    || (keyed && key.equals("env") && t.type(v) == JsmnTokens.STRING)
                    || (keyed && MasterKeys.ROOT.isPrefix(key) && !RootReader.KEYS.contains(key))) {
                return true;
            }
            boolean object = keyed && t.type(v) == JsmnTokens.OBJECT && v + 2 < t.count() && t.type(v + 1) == JsmnTokens.STRING;
            if (object && key.equals("net") && MasterKeys.NET.match(t.text(v + 1)) != null
                    && !NetReader.KEYS.contains(t.text(v + 1))) {
                return true;
            }
            if (object && key.equals("blk") && MasterKeys.BLK.match(t.text(v + 1)) != null
                    && t.type(v + 2) == JsmnTokens.STRING) {
                return true;
            }
        }
        return false;
    }

    private static Problems problems(ParseOptions options) {
        return new Problems(options.limits().maxDiagnostics(), options.strict(), options.denyWarnings());
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
