package io.rumpcfg.plan;

import java.util.ArrayDeque;
import java.util.Deque;

/** How the planner reads paths: normalising them. */
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

    /**
     * An absolute path in its one spelling: {@code /a//b/./c/} is {@code /a/b/c}. A path
     * already so spelled, as nearly every mountpoint is, comes back as it is, uncopied.
     */
    static String normalise(String path) {
        if (isNormal(path)) {
            return path;
        }
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

    /**
     * The root, or {@code /} then segments joined by single {@code /}, none empty, {@code .} or
     * {@code ..}. One pass of {@code charAt}: mountpoints are short, and {@code indexOf} per
     * segment cost more in its set-up than in its search.
     */
    private static boolean isNormal(String path) {
        int length = path.length();
        if (length == 0 || path.charAt(0) != '/') {
            return false;
        }
        int segment = 1; // where the current segment starts
        for (int k = 1; k < length; k++) {
            if (path.charAt(k) == '/') {
                if (!isName(path, segment, k)) {
                    return false;
                }
                segment = k + 1;
            }
        }
        return length == 1 || isName(path, segment, length);
    }

    /** Whether {@code path[from, to)} is a segment of a normal path: not empty, {@code .} or {@code ..}. */
    private static boolean isName(String path, int from, int to) {
        int length = to - from;
        return length > 2 || length > 0 && (path.charAt(from) != '.' || length == 2 && path.charAt(from + 1) != '.');
    }
}
