package io.rumpcfg.launch;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** One word of a command: text, a file in the launch's own directory, or the Xen domain's id. */
public sealed interface Arg {
    /** The word as the shell script writes it (the directory is {@code $dir}, the domain id {@code $domid}). */
    String shellWord();

    /**
     * The word when the launch runs: in directory {@code dir}, with the domain id learnt so far.
     *
     * @throws java.util.NoSuchElementException for the domain id before it is known
     */
    String value(Path dir, Optional<String> domid);

    /**
     * A word as it is.
     *
     * @param text the word
     */
    record Text(String text) implements Arg {
        /**
         * Makes a word.
         *
         * @throws NullPointerException if {@code text} is null
         */
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String shellWord() {
            return ShellScript.quote(text);
        }

        @Override
        public String value(Path dir, Optional<String> domid) {
            return text;
        }
    }

    /**
     * A file the launch wrote into its own temporary directory.
     *
     * @param name the file's name in it: letters, digits, '.', '-', '_' and '/'
     */
    record InDir(String name) implements Arg {
        /**
         * Makes the word.
         *
         * @throws NullPointerException if {@code name} is null
         */
        public InDir {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String shellWord() {
            return ShellScript.inDir(name);
        }

        @Override
        public String value(Path dir, Optional<String> domid) {
            return dir.resolve(name).toString();
        }
    }

    /** The id of the domain an earlier {@link Action.CaptureDomid} learnt. */
    record DomId() implements Arg {
        @Override
        public String shellWord() {
            return "\"$domid\"";
        }

        @Override
        public String value(Path dir, Optional<String> domid) {
            return domid.orElseThrow();
        }
    }

    /** A word of text. */
    static Arg text(String text) {
        return new Text(text);
    }
}
