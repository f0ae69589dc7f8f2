package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Position;
import java.util.ArrayList;
import java.util.List;
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
    private static final Fields.Known KNOWN = Fields.Known.of(KEYS);

    /** One entry: the argv the i-th baked binary gets, and where it was read. */
    record Entry(List<String> argv, ElementPath path, Position at) {}

    private final Reading reading;

    OlderRcReader(Reading reading) {
        this.reading = reading;
    }

    /** The entries of one rc value, in order; those with a problem are reported and left out. */
    List<Entry> read(int value, ElementPath path) {
        List<Entry> out = new ArrayList<>();
        if (!reading.array(value, path)) {
            return out;
        }
        Tape t = reading.tape;
        int i = 0;
        for (int item = t.first(value); item != Tape.NONE; item = t.next(item)) {
            entry(item, path.index(i++)).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Entry> entry(int item, ElementPath at) {
        if (!reading.object(item, at)) {
            return Optional.empty();
        }
        Tape t = reading.tape;
        Fields f = reading.fields(item, at, "an older rc entry", KNOWN);
        int bin = f.value("bin");
        int argv = f.value("argv");
        if (bin == Tape.NONE || argv == Tape.NONE) {
            reading.problems.missingKey(at, t.position(item), bin == Tape.NONE ? "bin" : "argv");
            return Optional.empty();
        }
        String name = reading.string(bin, at.key("bin"));
        OlderStrings.guestSees(reading, bin, at.key("bin"));
        boolean isArray = reading.array(argv, at.key("argv"));
        if (name == null || !isArray) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        words.add(name);
        boolean ok = true;
        int i = 0;
        for (int word = t.first(argv); word != Tape.NONE; word = t.next(word)) {
            ElementPath wordAt = at.key("argv").index(i++);
            String s = reading.string(word, wordAt);
            OlderStrings.guestSees(reading, word, wordAt);
            if (s != null) {
                words.add(s);
            }
            ok &= s != null;
        }
        return ok ? Optional.of(new Entry(words, at, t.position(item))) : Optional.empty();
    }
}
