package io.rumpcfg.launch;

import io.rumpcfg.source.SourceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A launch as a POSIX shell script that does what running it does: {@code launch --dry-run}
 * prints it, and it runs as printed. Every word is quoted where the shell would change it.
 */
public final class ShellScript {
    /** The program the Xen step runs to write xenstore: rumpcfg itself. */
    static final String RUMPCFG = "rumpcfg";

    private ShellScript() {}

    /** The script of {@code actions}, with a comment line saying what it is. */
    public static String render(String title, List<Action> actions) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title).append('\n');
        out.append("set -e\n");
        out.append("dir=$(mktemp -d)\n");
        out.append("trap 'rm -rf \"$dir\"' EXIT\n");
        Lines lines = new Lines();
        for (Action action : actions) {
            out.append(action.accept(lines));
        }
        return out.toString();
    }

    /** Each step as the lines of shell that take it. */
    private static final class Lines implements Action.Visitor<String> {
        @Override
        public String writeFile(Action.WriteFile w) {
            return mkdirs(w.name()) + "printf '%s' " + quote(new String(w.content(), StandardCharsets.UTF_8)) + " > "
                    + inDir(w.name()) + "\n";
        }

        @Override
        public String copyFile(Action.CopyFile c) {
            return mkdirs(c.name()) + "cp " + quote(c.from().toString()) + " " + inDir(c.name()) + "\n";
        }

        @Override
        public String run(Action.Run r) {
            return (r.inDir() ? "cd \"$dir\"\n" : "") + words(r.argv()) + "\n";
        }

        @Override
        public String captureDomid(Action.CaptureDomid c) {
            return "domid=$(" + words(c.argv()) + ")\n";
        }

        @Override
        public String writeXenstore(Action.WriteXenstore x) {
            return RUMPCFG + " xen-write --domid \"$domid\""
                    + (x.socket().isPresent() ? " --xenstore-socket " + quote(x.socket().get().toString()) : "")
                    + (x.timeout().equals(SourceContext.DEFAULT_XENSTORE_TIMEOUT) ? ""
                            : " --xenstore-timeout " + x.timeout().toMillis() + "ms")
                    + " " + inDir(x.name()) + " || { " + words(x.undo()) + "; exit 1; }\n";
        }
    }

    private static String mkdirs(String name) {
        int slash = name.lastIndexOf('/');
        return slash > 0 ? "mkdir -p " + inDir(name.substring(0, slash)) + "\n" : "";
    }

    /** The words of a command, each quoted as needed. */
    static String words(List<Arg> argv) {
        StringBuilder out = new StringBuilder();
        for (Arg a : argv) {
            out.append(out.length() == 0 ? "" : " ").append(a.shellWord());
        }
        return out.toString();
    }

    /** A file of the launch's directory; its names need no quoting inside double quotes. */
    static String inDir(String name) {
        return "\"$dir/" + name + "\"";
    }

    /** {@code word} as the shell reads it back unchanged: bare when safe, else in single quotes. */
    public static String quote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(ShellScript::isSafe)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static boolean isSafe(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "@%+=:,./_-".indexOf(c) >= 0;
    }
}
