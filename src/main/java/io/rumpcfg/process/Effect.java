package io.rumpcfg.process;

import java.util.List;
import java.util.Objects;

/**
 * An effect a {@link ProcessPlatform} recorded instead of applying it to the host.
 *
 * @param call      the platform method: {@code sysctl}, {@code ifaddr4}, {@code mount}, ...
 * @param arguments its arguments as text, in order
 */
public record Effect(String call, List<String> arguments) {
    public Effect {
        Objects.requireNonNull(call, "call");
        arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? call : call + " " + String.join(" ", arguments);
    }
}
