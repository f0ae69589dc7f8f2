package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the older format's {@code rc_TESTING} (which master also takes spelled {@code rc},
 * matching keys by prefix, as UniK writes it): an array of {@code {"bin": ..., "argv": [...]}}.
 * As there, {@code bin} is only argv[0], never looked up, and {@code argv} the rest; the
 * entries start the baked binaries in bake order, one each. An entry without {@code argv}
 * crashed the original's parser, so it is an error here.
 */
final class OlderRcReader {
    static final List<String> KEYS = List.of("bin", "argv");

    /** One entry: the argv the i-th baked binary gets, and where it was read. */
    record Entry(List<String> argv, ElementPath path, Position at) {}

    private final Reading reading;

    OlderRcReader(Reading reading) {
        this.reading = reading;
    }

    /** The entries of one rc value, in order; those with a problem are reported and left out. */
    List<Entry> read(Json value, ElementPath path) {
        List<Entry> out = new ArrayList<>();
        Optional<Json.Arr> arr = reading.array(value, path);
        if (arr.isEmpty()) {
            return out;
        }
        for (int i = 0; i < arr.get().items().size(); i++) {
            Json item = arr.get().items().get(i);
            entry(item, path.index(i)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Entry> entry(Json item, ElementPath at) {
        Optional<Json.Obj> obj = reading.object(item, at);
        if (obj.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Json.Member> f = reading.fields(obj.get(), at, "an older rc entry", KEYS);
        Json.Member bin = f.get("bin");
        Json.Member argv = f.get("argv");
        if (bin == null || argv == null) {
            reading.problems.missingKey(at, obj.get().position(), bin == null ? "bin" : "argv");
            return Optional.empty();
        }
        Optional<String> name = reading.string(bin.value(), at.key("bin"));
        OlderStrings.guestSees(reading, bin.value(), at.key("bin"));
        Optional<Json.Arr> rest = reading.array(argv.value(), at.key("argv"));
        if (name.isEmpty() || rest.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        words.add(name.get());
        boolean ok = true;
        for (int i = 0; i < rest.get().items().size(); i++) {
            Json word = rest.get().items().get(i);
            ElementPath wordAt = at.key("argv").index(i);
            Optional<String> s = reading.string(word, wordAt);
            OlderStrings.guestSees(reading, word, wordAt);
            s.ifPresent(words::add);
            ok &= s.isPresent();
        }
        return ok ? Optional.of(new Entry(words, at, item.position())) : Optional.empty();
    }
}
