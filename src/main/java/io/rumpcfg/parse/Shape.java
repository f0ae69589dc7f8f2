package io.rumpcfg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The keys one fixed-shape object may have (a mount, an rc entry, an interface address, ...),
 * one constant of the shape's enum per key, and what such an object is called in messages.
 *
 * @param <K> the shape's keys
 */
final class Shape<K extends Enum<K> & Shape.Key> {
    /** A key of a shape: its constant's name, in lower case, as a document writes it. */
    interface Key {
        String name();
    }

    private final String what;
    /** The keys as documents write them, interned: Jackson interns the keys it reads. */
    private final String[] names;
    private final List<String> list;

    private Shape(String what, K[] keys) {
        this.what = what;
        this.names = new String[keys.length];
        List<String> list = new ArrayList<>(keys.length);
        for (K key : keys) {
            names[key.ordinal()] = key.name().toLowerCase(Locale.ROOT).intern();
            list.add(names[key.ordinal()]);
        }
        this.list = List.copyOf(list);
    }

    /** The shape of an object called {@code what} ("a mount") whose keys are {@code keys}, all of an enum's constants. */
    static <K extends Enum<K> & Key> Shape<K> of(String what, K[] keys) {
        return new Shape<>(what, keys);
    }

    /** What an object of this shape is called in messages: "a mount", "net.dns". */
    String what() {
        return what;
    }

    /** The keys as documents write them, in the enum's order: what messages list. */
    List<String> names() {
        return list;
    }

    /** How many keys this shape has. */
    int size() {
        return names.length;
    }

    /** The index of the key written {@code name}, or -1. */
    int index(String name) {
        // Mostly the very string (Jackson interns key names), told apart by identity before
        // any is compared. Comparing covers a key that is not interned.
        for (int k = 0; k < names.length; k++) {
            if (names[k] == name) {
                return k;
            }
        }
        for (int k = 0; k < names.length; k++) {
            if (names[k].equals(name)) {
                return k;
            }
        }
        return -1;
    }
}
