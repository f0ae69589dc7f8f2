package io.rumpcfg.source;

import java.util.Objects;
import java.util.Optional;

/**
 * A kernel command line split at its first <code>&#123;</code>: the text from there on is a configuration
 * (the deprecated way of passing one), the words before it are boot options. Which configuration a
 * guest really reads, {@code _RUMPRUN_ROOTFSCFG} anywhere in the text included, is
 * {@link io.rumpcfg.source.cmdline.ConfigText}'s to say.
 *
 * @param options the {@code key=value} words before the first <code>&#123;</code>
 * @param json    the text from the first <code>&#123;</code> to the end, if there is one
 */
public record KernelCommandLine(BootOptions options, Optional<String> json) {
    /**
     * Makes a split command line.
     *
     * @throws NullPointerException if either component is null
     */
    public KernelCommandLine {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(json, "json");
    }

    /**
     * Splits {@code text} at its first <code>&#123;</code>; a command line without one has no
     * configuration.
     */
    public static KernelCommandLine parse(String text) {
        int brace = text.indexOf('{');
        if (brace < 0) {
            return new KernelCommandLine(BootOptions.parse(text), Optional.empty());
        }
        return new KernelCommandLine(BootOptions.parse(text.substring(0, brace)), Optional.of(text.substring(brace)));
    }
}
