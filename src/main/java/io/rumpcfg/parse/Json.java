package io.rumpcfg.parse;

import io.rumpcfg.model.Position;
import java.util.List;
import java.util.Objects;

/**
 * A document as the token reader saw it: values with the position of their first token,
 * objects with every member in document order, repeated keys included. The section
 * readers judge this tree; a lenient reader of the older format can build the same tree
 * and reuse them.
 */
sealed interface Json {
    /** The element {@code v} of a tape as a tree. */
    static Json of(Tape t, int v) {
        switch (t.kind(v)) {
            case Tape.OBJECT: {
                java.util.List<Member> members = new java.util.ArrayList<>();
                for (int m = t.first(v); m != Tape.NONE; m = t.next(m)) {
                    members.add(new Member(t.text(m), t.position(m), of(t, Tape.value(m))));
                }
                return new Obj(members, t.position(v));
            }
            case Tape.ARRAY: {
                java.util.List<Json> items = new java.util.ArrayList<>();
                for (int i = t.first(v); i != Tape.NONE; i = t.next(i)) {
                    items.add(of(t, i));
                }
                return new Arr(items, t.position(v));
            }
            case Tape.STRING:
                return new Str(t.text(v), t.raw(v), t.position(v));
            case Tape.INTEGER:
            case Tape.DECIMAL:
                return new Num(t.text(v), t.isIntegral(v), t.position(v));
            case Tape.TRUE:
            case Tape.FALSE:
                return new Bool(t.booleanValue(v), t.position(v));
            default:
                return new Null(t.position(v));
        }
    }

    /** Where the value's first token starts. */
    Position position();

    /** The JSON type's name as used in messages: {@code an object}, {@code a string}. */
    String typeName();

    /** One member of an object. */
    record Member(String key, Position keyPosition, Json value) {
        public Member {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyPosition, "keyPosition");
            Objects.requireNonNull(value, "value");
        }
    }

    record Obj(List<Member> members, Position position) implements Json {
        public Obj {
            members = List.copyOf(members);
        }

        @Override
        public String typeName() {
            return "an object";
        }
    }

    record Arr(List<Json> items, Position position) implements Json {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "an array";
        }
    }

    /**
     * A string: {@code value} decoded, {@code raw} the text between its quotes as written,
     * escapes undecoded (what the older guests, which never decode escapes, see).
     */
    record Str(String value, String raw, Position position) implements Json {
        public Str {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(raw, "raw");
        }

        /** Whether the document wrote this string with an escape. */
        public boolean escaped() {
            return !raw.equals(value);
        }

        @Override
        public String typeName() {
            return "a string";
        }
    }

    /** A number, kept as written; {@code integral} when it has no fraction or exponent. */
    record Num(String text, boolean integral, Position position) implements Json {
        @Override
        public String typeName() {
            return "a number";
        }
    }

    record Bool(boolean value, Position position) implements Json {
        @Override
        public String typeName() {
            return "a boolean";
        }
    }

    record Null(Position position) implements Json {
        @Override
        public String typeName() {
            return "null";
        }
    }
}
