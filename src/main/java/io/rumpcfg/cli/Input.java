package io.rumpcfg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A document named on the command line: a file, or {@code -} for standard input. Reading
 * stops one byte past the limit, so an oversized input is reported, never buffered whole.
 */
record Input(String name, byte[] bytes) {
    static final String STDIN = "-";

    Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Thrown when an input cannot be read at all; the CLI exits with {@link ExitCode#UNREADABLE}. */
    static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    static Input read(String spec, InputStream stdin, int maxBytes) throws UnreadableException {
        if (STDIN.equals(spec)) {
            try {
                return new Input("<stdin>", stdin.readNBytes(maxBytes + 1));
            } catch (IOException e) {
                throw new UnreadableException("<stdin>: cannot read: " + e.getMessage());
            }
        }
        Path path = Path.of(spec);
        if (Files.isDirectory(path)) {
            throw new UnreadableException(spec + ": is a directory");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return new Input(spec, in.readNBytes(maxBytes + 1));
        } catch (NoSuchFileException e) {
            throw new UnreadableException(spec + ": no such file");
        } catch (IOException e) {
            throw new UnreadableException(spec + ": cannot read: " + e.getMessage());
        }
    }
}
