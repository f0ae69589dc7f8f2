package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code env}: an object of name → string, names non-empty and without '='. */
final class EnvReader {
    private final Reading reading;

    EnvReader(Reading reading) {
        this.reading = reading;
    }

    List<EnvVar> read(Json value, ElementPath path) {
        List<EnvVar> out = new ArrayList<>();
        Optional<Json.Obj> obj = reading.object(value, path);
        if (obj.isEmpty()) {
            return out;
        }
        for (Json.Member m : reading.entries(obj.get(), path)) {
            ElementPath at = path.key(m.key());
            if (!name(m.key(), at, m.keyPosition())) {
                continue;
            }
            Optional<String> v = reading.string(m.value(), at);
            if (declare(m.key(), at, m.keyPosition()) && v.isPresent()) {
                out.add(new EnvVar(m.key(), v.get(), new Origin(at, m.keyPosition())));
            }
        }
        return out;
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
        return reading.declare("env name", name, at, pos);
    }
}
