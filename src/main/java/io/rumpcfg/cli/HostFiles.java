package io.rumpcfg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** The host's files and devices a launch names: checked before anything starts. */
final class HostFiles {
    /** Why a path cannot go into an xl configuration. */
    static final String NOT_IN_XL_CONFIG = "an xl configuration cannot hold a path with a quote, a backslash or a line break";

    private HostFiles() {}

    /** {@code file} made absolute when it is a regular file; else empty, with a line saying why. */
    static Optional<Path> existing(String flag, Path file, PrintWriter err) {
        try {
            Path absolute = file.toAbsolutePath().normalize();
            if (Files.isRegularFile(absolute) || Files.exists(absolute) && !Files.isDirectory(absolute)) {
                return Optional.of(absolute);
            }
            err.println("rumpcfg: " + flag + " " + file + ": " + (Files.isDirectory(absolute) ? "a directory"
                    : "no such file"));
        } catch (InvalidPathException | SecurityException e) {
            err.println("rumpcfg: " + flag + " " + file + ": " + e.getMessage());
        }
        err.flush();
        return Optional.empty();
    }

    /** Whether a path can stand inside a quoted string of an xl configuration. */
    static boolean fitsXlConfig(String path) {
        return path.chars().noneMatch(c -> c == '\'' || c == '"' || c == '\\' || c < 0x20);
    }

    /** A network device's name as Linux allows it (IFNAMSIZ 16 with the NUL), of letters, digits, '.', '_', '-'. */
    static boolean isHostDevice(String name) {
        return name.length() <= 15 && name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-');
    }
}
