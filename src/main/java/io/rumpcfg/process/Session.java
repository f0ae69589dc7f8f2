package io.rumpcfg.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A program's own session, so that what it starts can be stopped with it: a double-forked
 * daemon leaves the program's process tree, but not its session. Java cannot call setsid(2),
 * so each program is started through the host's {@code setsid} (util-linux), which makes it a
 * session leader keeping its PID; the session's members are found through {@code /proc}.
 * Where either is missing, programs share the JVM's session and only their descendants are
 * found ({@link ProcessHandle#descendants}). A program that calls setsid itself escapes both.
 */
public final class Session {
    private static final Path PROC = Path.of("/proc");
    /** The host's setsid, looked for where distributions put it, not on a PATH. */
    public static final Optional<Path> SETSID = find(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));
    /** How many times the session is searched again for members started while it was killed. */
    private static final int KILL_ROUNDS = 50;

    private Session() {}

    private static Optional<Path> find(Path... candidates) {
        if (!Files.isReadable(PROC.resolve("self/stat"))) {
            return Optional.empty();
        }
        for (Path p : candidates) {
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether programs get sessions of their own. */
    static boolean supported() {
        return SETSID.isPresent();
    }

    /**
     * Kills every process of the session {@code leader} leads, and those they start meanwhile.
     * Never the JVM's own session: a program started without setsid has none of its own.
     * {@code leaderExited}: the leader was reaped before, so a live process with its PID is
     * another's, which reused the PID: then its session is not the program's, and is left alone.
     */
    public static void kill(long leader, boolean leaderExited) {
        OptionalLong own = sessionOf(PROC.resolve("self/stat"));
        if (own.isEmpty() || own.getAsLong() == leader) {
            return;
        }
        for (int round = 0; round < KILL_ROUNDS; round++) {
            List<Long> members = members(leader);
            if (members.isEmpty() || (leaderExited && members.contains(leader))) {
                return;
            }
            members.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            pause(); // a killed process stays listed, not yet a zombie, for a moment
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // kill on, but let the caller see it
        }
    }

    /** The live (not zombie) processes of session {@code sid}. */
    static List<Long> members(long sid) {
        List<Long> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path entry : entries) {
                String stat = read(entry.resolve("stat"));
                if (stat != null && !isZombie(stat) && sessionOf(stat).orElse(-1) == sid) {
                    found.add(Long.parseLong(entry.getFileName().toString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // /proc vanished or changed form: nothing more can be found
        }
        return found;
    }

    private static OptionalLong sessionOf(Path stat) {
        String text = read(stat);
        return text == null ? OptionalLong.empty() : sessionOf(text);
    }

    /** /proc/PID/stat is "pid (comm) state ppid pgrp session ..."; comm may hold spaces and parentheses. */
    private static OptionalLong sessionOf(String stat) {
        String[] fields = afterComm(stat);
        try {
            return fields.length > 3 ? OptionalLong.of(Long.parseLong(fields[3])) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean isZombie(String stat) {
        String[] fields = afterComm(stat);
        return fields.length > 0 && (fields[0].equals("Z") || fields[0].equals("X"));
    }

    private static String[] afterComm(String stat) {
        int close = stat.lastIndexOf(')');
        return close < 0 ? new String[0] : stat.substring(close + 1).trim().split(" ");
    }

    /** A process may end while it is looked at. */
    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return null;
        }
    }
}
