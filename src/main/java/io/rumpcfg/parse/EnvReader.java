package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import java.util.List;
import java.util.Optional;

/** Reads {@code env}: an object of name → string, names non-empty and without '='. */
final class EnvReader {
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
        reading.unique.keys(UniqueNames.Kind.ENV, path, entries);
        EnvVar[] out = new EnvVar[entries.length];
        int kept = 0;
        for (int m : entries) {
            String name = t.text(m);
            int v = Tape.value(m);
            // The usual variable is told good without its path or its key's position, which
            // are made only for a problem; its origin makes its path only if asked.
            if (t.isString(v) && Syntax.isEnvName(name)) {
                out[kept++] = new EnvVar(name, t.text(v), t.memberOrigin(path, name, m));
                continue;
            }
            ElementPath at = path.key(name);
            if (!Syntax.isEnvName(name)) {
                reading.problems.badValue(at, t.position(m), name, "an environment variable name (non-empty, without '=')");
                continue;
            }
            Optional<String> text = reading.string(v, at);
            if (text.isPresent()) {
                out[kept++] = new EnvVar(name, text.get(), t.origin(at, m));
            }
        }
        return Reading.list(out, kept);
    }
}
