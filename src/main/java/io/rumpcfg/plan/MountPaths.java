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

    /** The root, or {@code /} then segments joined by single {@code /}, none empty, {@code .} or {@code ..}. */
    private static boolean isNormal(String path) {
        int length = path.length();
        if (length == 0 || path.charAt(0) != '/') {
            return false;
        }
        if (length == 1) {
            return true;
        }
        for (int from = 1; ; ) {
            int slash = path.indexOf('/', from);
            int segment = (slash < 0 ? length : slash) - from;
            if (segment == 0 || segment <= 2 && path.charAt(from) == '.' && (segment == 1 || path.charAt(from + 1) == '.')) {
                return false;
            }
            if (slash < 0) {
                return true;
            }
            from = slash + 1;
        }
    }
}
