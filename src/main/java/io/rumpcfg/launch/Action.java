package io.rumpcfg.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a launch, in the order they are taken. A launch works in a temporary directory
 * of its own, made first and removed last.
 */
public sealed interface Action {
    /**
     * What is done with each kind of step: adding a kind adds a method here, and every user of
     * steps fails to compile until it handles it.
     *
     * @param <R> what handling a step gives
     */
    interface Visitor<R> {
        /** Handles a {@link WriteFile}. */
        R writeFile(WriteFile step);

        /** Handles a {@link CopyFile}. */
        R copyFile(CopyFile step);

        /** Handles a {@link Run}. */
        R run(Run step);

        /** Handles a {@link CaptureDomid}. */
        R captureDomid(CaptureDomid step);

        /** Handles a {@link WriteXenstore}. */
        R writeXenstore(WriteXenstore step);
    }

    /** What {@code visitor} gives for this step. */
    <R> R accept(Visitor<R> visitor);

    /** A command's words, copied: the first is the program's name, as text. */
    private static List<Arg> command(List<Arg> argv) {
        List<Arg> copy = List.copyOf(argv);
        if (copy.isEmpty() || !(copy.get(0) instanceof Arg.Text)) {
            throw new IllegalArgumentException("a command starts with its program's name");
        }
        return copy;
    }
    /**
     * Writes a file into the launch's directory.
     *
     * @param name    its name there, possibly with directories ({@code iso/boot/grub/grub.cfg})
     * @param content its bytes
     */
    record WriteFile(String name, byte[] content) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.writeFile(this);
        }

        /**
         * Makes the step, copying the content.
         *
         * @throws NullPointerException if any component is null
         */
        public WriteFile {
            Objects.requireNonNull(name, "name");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * Copies a host file into the launch's directory.
     *
     * @param from the host file
     * @param name its name there
     */
    record CopyFile(Path from, String name) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.copyFile(this);
        }

        /**
         * Makes the step.
         *
         * @throws NullPointerException if any component is null
         */
        public CopyFile {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Runs a program with the console passed through; a non-zero status ends the launch with it.
     *
     * @param argv  the program, then its arguments
     * @param inDir whether it runs in the launch's directory (QEMU, whose module names would
     *              otherwise be split at a comma or a space of the directory's path)
     */
    record Run(List<Arg> argv, boolean inDir) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.run(this);
        }

        /**
         * Makes the step, copying the words.
         *
         * @throws NullPointerException     if {@code argv} or a word is null
         * @throws IllegalArgumentException if {@code argv} is empty or does not start with text
         */
        public Run {
            argv = command(argv);
        }

        /** The program's name. */
        public String program() {
            return ((Arg.Text) argv.get(0)).text();
        }
    }

    /**
     * Runs {@code xl domid NAME} and keeps the number it prints for the words {@link Arg.DomId}.
     *
     * @param argv the command
     */
    record CaptureDomid(List<Arg> argv) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.captureDomid(this);
        }

        /**
         * Makes the step, copying the words.
         *
         * @throws NullPointerException     if {@code argv} or a word is null
         * @throws IllegalArgumentException if {@code argv} is empty or does not start with text
         */
        public CaptureDomid {
            argv = command(argv);
        }
    }

    /**
     * Writes a file of the launch's directory to the domain's {@code rumprun/cfg} key with
     * rumpcfg's own xenstore client; when that fails, runs {@code undo} and ends the launch.
     *
     * @param name   the file holding the configuration
     * @param socket  the xenstore daemon's socket, when not the default one
     * @param timeout how long connecting to xenstore, and then each request, may take
     * @param undo    the command that removes the paused domain
     */
    record WriteXenstore(String name, Optional<Path> socket, Duration timeout, List<Arg> undo) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.writeXenstore(this);
        }

        /**
         * Makes the step, copying the words.
         *
         * @throws NullPointerException     if any component, or a word, is null
         * @throws IllegalArgumentException if {@code undo} is empty or does not start with text
         */
        public WriteXenstore {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(socket, "socket");
            Objects.requireNonNull(timeout, "timeout");
            undo = command(undo);
        }
    }
}
