package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Position;
import java.util.List;

/** Reads {@code env}: an object of name → string, names non-empty and without '='. */
final class EnvReader {
    /** The kind of name an env name is, unique in a document. */
    private static final String ENV_NAME = "env name";

    private final Reading reading;

    EnvReader(Reading reading) {
        this.reading = reading;
    }

    List<EnvVar> read(int value, ElementPath path) {
        if (!reading.object(value, path)) {
            return List.of();
        }
        Tape t = reading.tape;
        int[] entries = reading.entries(value, path);
        // Names that fail the name check are declared too: every declarer checks a name before
        // declaring it, so no later name can meet them.
        boolean declared = reading.declareAll(ENV_NAME, entries);
        EnvVar[] out = new EnvVar[entries.length];
        int kept = 0;
        for (int m : entries) {
            String name = t.text(m);
            int v = Tape.value(m);
            // The usual variable is told good without its path or its key's position, which
            // are made only for a problem; its origin makes its path only if asked.
            if (declared && t.isString(v) && Syntax.isEnvName(name)) {
                out[kept++] = new EnvVar(name, t.text(v), t.memberOrigin(path, name, m));
                continue;
            }
            ElementPath at = path.key(name);
            if (!Syntax.isEnvName(name)) {
                badName(name, at, t.position(m));
                continue;
            }
            String text = reading.string(v, at);
            if ((declared || declare(name, at, t.position(m))) && text != null) {
                out[kept++] = new EnvVar(name, text, t.origin(at, m));
            }
        }
        return Reading.list(out, kept);
    }

    /** Whether {@code name} can name a variable; reported when not. */
    boolean name(String name, ElementPath at, Position pos) {
        if (Syntax.isEnvName(name)) {
            return true;
        }
        badName(name, at, pos);
        return false;
    }

    private void badName(String name, ElementPath at, Position pos) {
        reading.problems.badValue(at, pos, name, "an environment variable name (non-empty, without '=')");
    }

    /** Registers a name, unique in the document; false, reported, when it was declared before. */
    boolean declare(String name, ElementPath at, Position pos) {
        return reading.declare(ENV_NAME, name, at, pos);
    }
}
