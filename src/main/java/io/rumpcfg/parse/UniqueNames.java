package io.rumpcfg.parse;

import io.rumpcfg.internal.NameTable;
import io.rumpcfg.model.ElementPath;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rule that a name is given once in a whole document, across repeated root keys: the
 * readers say where each name is given as they meet it, and one pass, once the document is
 * read, reports every name given again, at its second place, naming the first.
 *
 * <p>The keys of one object are unique among themselves ({@link Reading#entries} reports a
 * repeated key), so a kind of name given in one place only, the keys of one object or one
 * name, has nothing to compare: in the usual document no name is looked at twice.
 */
final class UniqueNames {
    /** The kinds of name, each unique in a document, with what messages call them. */
    enum Kind {
        SYSCTL("sysctl"),
        ENV("env name"),
        BLK("blk device"),
        MOUNTPOINT("mountpoint"),
        INTERFACE("interface"),
        GATEWAY("gateway of type"),
        /** {@code hostname} and {@code net.dns}: each given at most once, the name being the key. */
        HOSTNAME,
        DNS;

        private final String word;
        /** Whether the name is an element's key, given at most once, rather than a name among others. */
        private final boolean once;

        Kind(String word) {
            this.word = word;
            this.once = false;
        }

        Kind() {
            this.word = "";
            this.once = true;
        }
    }

    /** Where names of one kind are given: the keys of an object, or one name. */
    private interface Given {
        int size();

        /** The {@code i}-th name's token on the tape: a key, or a string value. */
        int token(int i);

        ElementPath path(Tape tape, int i);
    }

    /** The keys of the object at {@code section}. */
    private record Keys(ElementPath section, int[] members) implements Given {
        @Override
        public int size() {
            return members.length;
        }

        @Override
        public int token(int i) {
            return members[i];
        }

        @Override
        public ElementPath path(Tape tape, int i) {
            return section.key(tape.text(members[i]));
        }
    }

    /** One name, the text of {@code token}, at {@code path}. */
    private record One(ElementPath path, int token) implements Given {
        @Override
        public int size() {
            return 1;
        }

        @Override
        public int token(int i) {
            return token;
        }

        @Override
        public ElementPath path(Tape tape, int i) {
            return path;
        }
    }

    private final Tape tape;
    private final Problems problems;
    private final Map<Kind, List<Given>> given = new EnumMap<>(Kind.class);

    UniqueNames(Tape tape, Problems problems) {
        this.tape = tape;
        this.problems = problems;
    }

    /** The keys {@code entries} (from {@link Reading#entries}) of the object at {@code section} are names of {@code kind}. */
    void keys(Kind kind, ElementPath section, int[] entries) {
        add(kind, new Keys(section, entries));
    }

    /** The text of {@code token} (a key, or a string value) at {@code path} is a name of {@code kind}. */
    void name(Kind kind, ElementPath path, int token) {
        add(kind, new One(path, token));
    }

    private void add(Kind kind, Given where) {
        List<Given> places = given.get(kind);
        if (places == null) {
            places = new ArrayList<>(2);
            given.put(kind, places);
        }
        places.add(where);
    }

    /** Reports each name given a second time. */
    void report() {
        for (Map.Entry<Kind, List<Given>> e : given.entrySet()) {
            if (e.getValue().size() > 1) {
                report(e.getKey(), e.getValue());
            }
        }
    }

    private void report(Kind kind, List<Given> places) {
        int total = 0;
        for (Given g : places) {
            total += g.size();
        }
        // Each name's number in the order given, and the place and item it is.
        NameTable seen = new NameTable(total);
        Given[] placeOf = new Given[total];
        int[] itemOf = new int[total];
        int n = 0;
        for (Given g : places) {
            for (int i = 0; i < g.size(); i++) {
                placeOf[n] = g;
                itemOf[n] = i;
                int first = seen.putIfAbsent(tape.text(g.token(i)), n);
                if (first != NameTable.ABSENT) {
                    twice(kind, g, i, placeOf[first].token(itemOf[first]));
                }
                n++;
            }
        }
    }

    private void twice(Kind kind, Given g, int i, int firstToken) {
        ElementPath path = g.path(tape, i);
        int token = g.token(i);
        if (kind.once) {
            problems.givenTwice(path, tape.position(token), tape.position(firstToken));
        } else {
            problems.declaredTwice(path, tape.position(token), kind.word, tape.text(token), tape.position(firstToken));
        }
    }
}
