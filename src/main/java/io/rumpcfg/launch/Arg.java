package io.rumpcfg.launch;

import java.util.Objects;

/** One word of a command: text, a file in the launch's own directory, or the Xen domain's id. */
public sealed interface Arg {
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
    }

    /**
     * A file the launch wrote into its own temporary directory.
     *
     * @param name the file's name in it
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
    }

    /** The id of the domain an earlier {@link Action.CaptureDomid} learnt. */
    record DomId() implements Arg {}

    /** A word of text. */
    static Arg text(String text) {
        return new Text(text);
    }
}
