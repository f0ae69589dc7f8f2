package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Origin;
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
            ElementPath at = path.key(name);
            Position pos = t.position(m);
            if (!name(name, at, pos)) {
                continue;
            }
            String v = reading.string(Tape.value(m), at);
            if ((declared || declare(name, at, pos)) && v != null) {
                out[kept++] = new EnvVar(name, v, new Origin(at, pos));
            }
        }
        return Reading.list(out, kept);
    }

    /** Whether {@code name} can name a variable; reported when not. */
    boolean name(String name, ElementPath at, Position pos) {
        if (Syntax.isEnvName(name)) {
            return true;
        }
        reading.problems.badValue(at, pos, name, "an environment variable name (non-empty, without '=')");
        return false;
    }

    /** Registers a name, unique in the document; false, reported, when it was declared before. */
    boolean declare(String name, ElementPath at, Position pos) {
        return reading.declare(ENV_NAME, name, at, pos);
    }
}
