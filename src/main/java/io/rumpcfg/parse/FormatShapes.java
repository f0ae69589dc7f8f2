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
 * ({@code source}, {@code mountpoint}, ...) holding a string (a current device is an object).
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
    static Optional<Shape> firstOlder(Json.Obj root) {
        for (Json.Member m : root.members()) {
            ElementPath path = ElementPath.root().key(m.key());
            if (OLDER_ROOT_KEYS.contains(m.key()) || (m.key().equals("env") && m.value() instanceof Json.Str)) {
                return Optional.of(new Shape(path, m.keyPosition()));
            }
            Optional<Json.Member> inner = m.key().equals("net") ? member(m.value(), OlderNetReader.KEYS, false)
                    : m.key().equals("blk") ? member(firstItem(m.value()), OlderBlkReader.KEYS, true)
                    : Optional.empty();
            if (inner.isPresent()) {
                return Optional.of(new Shape(path.key(inner.get().key()), inner.get().keyPosition()));
            }
        }
        return Optional.empty();
    }

    /** The first shape of the current format, in document order, other than {@code rc}: see above. */
    static Optional<Shape> firstCurrent(Json.Obj root) {
        for (Json.Member m : root.members()) {
            ElementPath path = ElementPath.root().key(m.key());
            if ((CURRENT_ROOT_KEYS.contains(m.key()) && !m.key().equals("rc")) || (m.key().equals("env") && m.value() instanceof Json.Obj)) {
                return Optional.of(new Shape(path, m.keyPosition()));
            }
            Optional<Json.Member> inner = m.key().equals("net") ? member(m.value(), NetReader.KEYS, false)
                    : m.key().equals("blk") ? device(m.value())
                    : Optional.empty();
            if (inner.isPresent()) {
                return Optional.of(new Shape(path.key(inner.get().key()), inner.get().keyPosition()));
            }
        }
        return Optional.empty();
    }

    /** The first item of an array (the forks' multi-device blk), else the value itself. */
    private static Json firstItem(Json value) {
        if (value instanceof Json.Arr && !((Json.Arr) value).items().isEmpty()) {
            return ((Json.Arr) value).items().get(0);
        }
        return value;
    }

    /** The first member of an object value whose key is one of {@code keys} (holding a string, if asked). */
    private static Optional<Json.Member> member(Json value, List<String> keys, boolean stringOnly) {
        if (!(value instanceof Json.Obj)) {
            return Optional.empty();
        }
        return ((Json.Obj) value).members().stream()
                .filter(m -> keys.contains(m.key()) && (!stringOnly || m.value() instanceof Json.Str))
                .findFirst();
    }

    /** The first member of a {@code blk} object that is a current-format device: an object. */
    private static Optional<Json.Member> device(Json value) {
        if (!(value instanceof Json.Obj)) {
            return Optional.empty();
        }
        return ((Json.Obj) value).members().stream().filter(m -> m.value() instanceof Json.Obj).findFirst();
    }
}
