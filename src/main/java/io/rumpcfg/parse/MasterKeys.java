package io.rumpcfg.parse;

import java.util.List;

/**
 * The keys rumprun master's guest knows, per object, in the order it tries them, and its one
 * rule for matching them: a key matches the first name it is a prefix of. So {@code "e"}
 * is {@code env}, {@code ""} is the first name of its object ({@code cmdline} at the root,
 * {@code if} in a {@code net}), {@code "m"} in a {@code net} is {@code method} (tried
 * before {@code mask}), and a key longer than every name matches none.
 */
enum MasterKeys {
    ROOT("cmdline", "rc_TESTING", "env", "hostname", "blk", "net"),
    NET("if", "cloner", "type", "method", "addr", "mask", "gw"),
    BLK("source", "path", "fstype", "mountpoint"),
    RC_ENTRY("bin", "argv", "runmode");

    private final List<String> names;

    MasterKeys(String... names) {
        this.names = List.of(names);
    }

    List<String> names() {
        return names;
    }

    /** The name {@code key} matches, or null when it matches none (the guest halts). */
    String match(String key) {
        for (String name : names) {
            if (name.startsWith(key)) {
                return name;
            }
        }
        return null;
    }

    /** Whether {@code key} matches a name without being it: the guest reads it as another key. */
    boolean isPrefix(String key) {
        String name = match(key);
        return name != null && !name.equals(key);
    }
}
