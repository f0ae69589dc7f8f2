package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every section reader needs: the options, the problems of this document, typed
 * access to values (a wrong type is reported, naming the type expected) and the register
 * of names that must be unique across repeated root keys.
 */
final class Reading {
    final ParseOptions options;
    final Problems problems;
    private final Map<Declared, Position> declared = new HashMap<>();

    Reading(ParseOptions options, Problems problems) {
        this.options = options;
        this.problems = problems;
    }

    /**
     * The members of a fixed-shape object by key, first occurrence of each; repeated keys
     * and keys not in {@code known} are reported (unknown ones as errors).
     */
    Map<String, Json.Member> fields(Json.Obj obj, ElementPath path, String where, List<String> known) {
        Map<String, Json.Member> out = new LinkedHashMap<>();
        for (Json.Member m : obj.members()) {
            if (!known.contains(m.key())) {
                problems.unknownKey(path.key(m.key()), m.keyPosition(), m.key(), where, known, false);
            } else if (out.containsKey(m.key())) {
                problems.duplicateKey(path.key(m.key()), m.keyPosition(), m.key(), out.get(m.key()).keyPosition());
            } else {
                out.put(m.key(), m);
            }
        }
        return out;
    }

    /** The members of a name → value object (env, interfaces, mounts), repeated names reported. */
    List<Json.Member> entries(Json.Obj obj, ElementPath path) {
        List<Json.Member> members = obj.members();
        Map<String, Json.Member> first = new HashMap<>(members.size() * 4 / 3 + 1);
        boolean repeated = false;
        for (Json.Member m : members) {
            Json.Member earlier = first.putIfAbsent(m.key(), m);
            if (earlier != null) {
                problems.duplicateKey(path.key(m.key()), m.keyPosition(), m.key(), earlier.keyPosition());
                repeated = true;
            }
        }
        if (!repeated) {
            // The usual case: the members (an immutable list) are the entries; no copy.
            return members;
        }
        List<Json.Member> out = new ArrayList<>(first.size());
        for (Json.Member m : members) {
            if (first.get(m.key()) == m) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Registers a name that must be unique in the whole document (across repeated root keys);
     * false, with the problem reported, when it was declared before.
     */
    boolean declare(String what, String name, ElementPath path, Position at) {
        Position first = declared.putIfAbsent(new Declared(what, name), at);
        if (first != null) {
            problems.declaredTwice(path, at, what, name, first);
            return false;
        }
        return true;
    }

    /** Registers an element that may appear once in the whole document; false, reported, when it appeared before. */
    boolean once(ElementPath path, Position at) {
        Position first = declared.putIfAbsent(new Declared("once", path), at);
        if (first != null) {
            problems.givenTwice(path, at, first);
            return false;
        }
        return true;
    }

    Optional<Json.Obj> object(Json v, ElementPath path) {
        if (v instanceof Json.Obj) {
            return Optional.of((Json.Obj) v);
        }
        problems.wrongType(path, v, "an object");
        return Optional.empty();
    }

    Optional<Json.Arr> array(Json v, ElementPath path) {
        if (v instanceof Json.Arr) {
            return Optional.of((Json.Arr) v);
        }
        problems.wrongType(path, v, "an array");
        return Optional.empty();
    }

    Optional<String> string(Json v, ElementPath path) {
        return string(v, path, "a string");
    }

    Optional<String> string(Json v, ElementPath path, String expected) {
        if (v instanceof Json.Str) {
            return Optional.of(((Json.Str) v).value());
        }
        problems.wrongType(path, v, expected);
        return Optional.empty();
    }

    Optional<Boolean> bool(Json v, ElementPath path) {
        if (v instanceof Json.Bool) {
            return Optional.of(((Json.Bool) v).value());
        }
        problems.wrongType(path, v, "a boolean");
        return Optional.empty();
    }

    /** An integer number in {@code min..max}. */
    Optional<Long> integer(Json v, ElementPath path, long min, long max) {
        if (!(v instanceof Json.Num) || !((Json.Num) v).integral()) {
            problems.wrongType(path, v, "an integer");
            return Optional.empty();
        }
        return inRange((Json.Num) v, path, min, max);
    }

    Optional<Long> inRange(Json.Num n, ElementPath path, long min, long max) {
        BigInteger value = new BigInteger(n.text());
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            problems.outOfRange(path, n.position(), n.text(), min, max);
            return Optional.empty();
        }
        return Optional.of(value.longValueExact());
    }

    /** One of a fixed set of string tokens, a misspelling answered with the nearest. */
    <E> Optional<E> oneOf(Json v, ElementPath path, String what, List<String> tokens, Function<String, Optional<E>> from) {
        return string(v, path).flatMap(s -> {
            Optional<E> value = from.apply(s);
            if (value.isEmpty()) {
                problems.badEnum(path, v.position(), s, what, tokens, Suggest.nearest(s, tokens));
            }
            return value;
        });
    }

    /** A key of the register: what was declared (a mountpoint, or an element given once) and its name or path. */
    private record Declared(String what, Object name) {}

    static Origin origin(ElementPath path, Json v) {
        return new Origin(path, v.position());
    }
}
