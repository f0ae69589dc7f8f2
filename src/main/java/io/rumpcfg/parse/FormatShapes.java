package io.rumpcfg.parse;

import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.Position;
import java.util.List;
import java.util.Optional;

/**
 * Tells the two formats apart by their shapes. A document is of the older format when it
 * uses any shape only the older format has: a {@code cmdline} or {@code rc_TESTING}, a
 * string {@code env}, a {@code net} with one of the keys of an older interface ({@code if},
 * {@code cloner}, ...), a {@code blk} with one of the keys of an older device
 * ({@code source}, {@code mountpoint}, ...) holding a string (a current device is an object),
 * or a key master's guest would read as one of these by prefix ({@code "e"}, {@code "i"}:
 * {@link MasterKeys}) that no current shape has.
 * A document is of the current format where it uses a shape only the current one has:
 * {@code rc}, {@code mount}, {@code netbsd}, an object {@code env}, a {@code net} with
 * {@code interfaces}, {@code gateways} or {@code dns}, a {@code blk} with a device object.
 * {@code hostname}, and anything of neither shape, is neutral. {@code rc} is of the current
 * format only in a document with no older shape: master read {@code rc} as
 * {@code rc_TESTING} (keys match by prefix) and UniK writes it so.
 */
final class FormatShapes {
    static final List<String> OLDER_ROOT_KEYS = List.of("cmdline", "rc_TESTING");
    static final List<String> CURRENT_ROOT_KEYS = List.of("rc", "mount", "netbsd");

    /** Where a shape of one format is: the key that shows it. */
    record Shape(ElementPath path, Position at) {}

    private FormatShapes() {}

    /** The first shape of the older format, in document order. */
    static Optional<Shape> firstOlder(Tape t, int root) {
        for (int m = t.first(root); m != Tape.NONE; m = t.next(m)) {
            String key = t.text(m);
            int value = Tape.value(m);
            ElementPath path = ElementPath.root().key(key);
            if (OLDER_ROOT_KEYS.contains(key) || (key.equals("env") && t.isString(value))
                    || (!RootReader.KEYS.contains(key) && MasterKeys.ROOT.isPrefix(key))) {
                return Optional.of(new Shape(path, t.position(m)));
            }
            int inner = key.equals("net") ? member(t, value, true)
                    : key.equals("blk") ? member(t, firstItem(t, value), false)
                    : Tape.NONE;
            if (inner != Tape.NONE) {
                return Optional.of(new Shape(path.key(t.text(inner)), t.position(inner)));
            }
        }
        return Optional.empty();
    }

    /** The first shape of the current format, in document order, other than {@code rc}: see above. */
    static Optional<Shape> firstCurrent(Tape t, int root) {
        for (int m = t.first(root); m != Tape.NONE; m = t.next(m)) {
            String key = t.text(m);
            int value = Tape.value(m);
            ElementPath path = ElementPath.root().key(key);
            if ((CURRENT_ROOT_KEYS.contains(key) && !key.equals("rc")) || (key.equals("env") && t.isObject(value))) {
                return Optional.of(new Shape(path, t.position(m)));
            }
            int inner = key.equals("net") ? current(t, value, NetReader.KEYS)
                    : key.equals("blk") ? device(t, value)
                    : Tape.NONE;
            if (inner != Tape.NONE) {
                return Optional.of(new Shape(path.key(t.text(inner)), t.position(inner)));
            }
        }
        return Optional.empty();
    }

    /** The first item of an array (the forks' multi-device blk), else the value itself. */
    private static int firstItem(Tape t, int value) {
        if (t.isArray(value) && t.first(value) != Tape.NONE) {
            return t.first(value);
        }
        return value;
    }

    /**
     * The first member of a {@code net} (or {@code blk}) object whose key master's guest reads
     * as one of its keys, by prefix too, and that no current shape has: for {@code net} a key
     * other than the current format's, for {@code blk} one holding a string (a current device
     * is an object). The current format's shapes are ruled out first, so that reading a
     * document of the current format never loads {@link MasterKeys}.
     */
    private static int member(Tape t, int value, boolean net) {
        if (!t.isObject(value)) {
            return Tape.NONE;
        }
        for (int m = t.first(value); m != Tape.NONE; m = t.next(m)) {
            String key = t.text(m);
            boolean current = net ? NetReader.KEYS.contains(key) : !t.isString(Tape.value(m));
            if (!current && (net ? MasterKeys.NET : MasterKeys.BLK).match(key) != null) {
                return m;
            }
        }
        return Tape.NONE;
    }

    /** The first member of an object value whose key is one of {@code keys}. */
    private static int current(Tape t, int value, List<String> keys) {
        if (!t.isObject(value)) {
            return Tape.NONE;
        }
        for (int m = t.first(value); m != Tape.NONE; m = t.next(m)) {
            if (keys.contains(t.text(m))) {
                return m;
            }
        }
        return Tape.NONE;
    }

    /** The first member of a {@code blk} object that is a current-format device: an object. */
    private static int device(Tape t, int value) {
        if (!t.isObject(value)) {
            return Tape.NONE;
        }
        for (int m = t.first(value); m != Tape.NONE; m = t.next(m)) {
            if (t.isObject(Tape.value(m))) {
                return m;
            }
        }
        return Tape.NONE;
    }
}
