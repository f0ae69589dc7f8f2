package io.rumpcfg.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/** How the planner reads paths: normalising them and finding the mount a path lies on. */
final class MountPaths {
    static final String ROOT = "/";

    private MountPaths() {}

    /**
     * {@code path} made absolute against {@code baseDir} (when relative), with empty and
     * {@code .} segments dropped and {@code ..} resolved, never above the root.
     */
    static String resolve(String baseDir, String path) {
        String joined = path.startsWith(ROOT) ? path : baseDir + ROOT + path;
        return normalise(joined);
    }

    /** An absolute path in its one spelling: {@code /a//b/./c/} is {@code /a/b/c}. */
    static String normalise(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? ROOT : ROOT + String.join(ROOT, segments);
    }

    /** The directory holding a normalised {@code path}; empty for the root. */
    static Optional<String> parent(String path) {
        if (path.equals(ROOT)) {
            return Optional.empty();
        }
        int slash = path.lastIndexOf('/');
        return Optional.of(slash == 0 ? ROOT : path.substring(0, slash));
    }

    /**
     * The value at the nearest of {@code path} itself and its ancestors that {@code byPath}
     * holds: the mount a normalised path lies on. Walks up the parents, one look-up each,
     * so the cost is the path's depth, not the number of mounts.
     */
    static <T> Optional<T> nearest(Map<String, T> byPath, String path, WorkCount work) {
        Optional<String> at = Optional.of(path);
        while (at.isPresent()) {
            work.one();
            T found = byPath.get(at.get());
            if (found != null) {
                return Optional.of(found);
            }
            at = parent(at.get());
        }
        return Optional.empty();
    }

    /** Like {@link #nearest} but never {@code path} itself: the mount a mountpoint lies on. */
    static <T> Optional<T> nearestAbove(Map<String, T> byPath, String path, WorkCount work) {
        return parent(path).flatMap(p -> nearest(byPath, p, work));
    }
}
