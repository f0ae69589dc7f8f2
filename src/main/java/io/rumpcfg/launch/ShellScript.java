package io.rumpcfg.launch;

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
        for (Action action : actions) {
            render(action, out);
        }
        return out.toString();
    }

    private static void render(Action action, StringBuilder out) {
        if (action instanceof Action.WriteFile) {
            Action.WriteFile w = (Action.WriteFile) action;
            mkdirs(w.name(), out);
            out.append("printf '%s' ").append(quote(new String(w.content(), StandardCharsets.UTF_8))).append(" > ")
                    .append(inDir(w.name())).append('\n');
        } else if (action instanceof Action.CopyFile) {
            Action.CopyFile c = (Action.CopyFile) action;
            mkdirs(c.name(), out);
            out.append("cp ").append(quote(c.from().toString())).append(' ').append(inDir(c.name())).append('\n');
        } else if (action instanceof Action.Run) {
            Action.Run r = (Action.Run) action;
            if (r.inDir()) {
                out.append("cd \"$dir\"\n");
            }
            out.append(words(r.argv())).append('\n');
        } else if (action instanceof Action.CaptureDomid) {
            out.append("domid=$(").append(words(((Action.CaptureDomid) action).argv())).append(")\n");
        } else if (action instanceof Action.WriteXenstore) {
            Action.WriteXenstore x = (Action.WriteXenstore) action;
            out.append(RUMPCFG).append(" xen-write --domid \"$domid\"");
            if (x.socket().isPresent()) {
                out.append(" --xenstore-socket ").append(quote(x.socket().get().toString()));
            }
            out.append(' ').append(inDir(x.name())).append(" || { ").append(words(x.undo())).append("; exit 1; }\n");
        } else {
            throw new AssertionError("unknown action " + action);
        }
    }

    private static void mkdirs(String name, StringBuilder out) {
        int slash = name.lastIndexOf('/');
        if (slash > 0) {
            out.append("mkdir -p ").append(inDir(name.substring(0, slash))).append('\n');
        }
    }

    /** The words of a command, each quoted as needed. */
    static String words(List<Arg> argv) {
        StringBuilder out = new StringBuilder();
        for (Arg a : argv) {
            out.append(out.length() == 0 ? "" : " ");
            if (a instanceof Arg.Text) {
                out.append(quote(((Arg.Text) a).text()));
            } else if (a instanceof Arg.InDir) {
                out.append(inDir(((Arg.InDir) a).name()));
            } else {
                out.append("\"$domid\"");
            }
        }
        return out.toString();
    }

    private static String inDir(String name) {
        // Names are the launch's own: letters, digits, '.', '-', '_' and '/'.
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
