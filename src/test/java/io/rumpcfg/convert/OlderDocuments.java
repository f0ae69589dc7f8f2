package io.rumpcfg.convert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Valid older-format documents of every shape, root keys in random order, written either as
 * strict JSON or the way the rumprun launcher wrote them (a comma after every '{', member
 * and the root; on kvm every comma doubled), with or without the baked binaries known. Each
 * is one rumprun master's guest boots (or, with a cwd or a mount at /, the Solo5 forks'):
 * its gateway is on the subnet of the static address configured with it, a vnd's backing
 * file is on no file system mounted after it, every fstype is "blk" or "kernfs".
 */
final class OlderDocuments {
    /** A document and the {@code --bins} it is read with. */
    record Doc(String json, Optional<List<String>> bins) {
        @Override
        public String toString() {
            return json + " bins=" + bins;
        }
    }

    private static final String CMDLINE_CHARS = "ab -\"'\\";
    private static final String PLAIN_CMDLINE_CHARS = "ab -'";

    private OlderDocuments() {}

    static Arbitrary<Doc> docs() {
        return Arbitraries.randomValue(OlderDocuments::generate);
    }

    static Doc generate(Random random) {
        List<List<String[]>> members = new ArrayList<>();
        members.add(List.<String[]>of(new String[] {"cmdline", cmdline(random)}));
        for (int i = random.nextInt(3); i > 0; i--) {
            members.add(List.<String[]>of(new String[] {"env", "VAR" + i + "=v" + i}));
        }
        if (random.nextBoolean()) {
            members.add(List.<String[]>of(new String[] {"hostname", "host"}));
        }
        boolean gateway = false;
        for (int i = random.nextInt(3); i > 0; i--) {
            List<String[]> net = new ArrayList<>();
            net.add(new String[] {"if", "vioif" + i});
            if (random.nextBoolean()) {
                net.add(new String[] {"cloner", random.nextBoolean() ? "true" : "false"});
            }
            int kind = random.nextInt(3);
            net.add(new String[] {"type", kind == 2 ? "inet6" : "inet"});
            net.add(new String[] {"method", kind == 0 ? "static" : kind == 1 ? "dhcp" : "auto"});
            if (kind == 0) {
                net.add(new String[] {"addr", "10.0." + i + ".2"});
                net.add(new String[] {"mask", String.valueOf(16 + random.nextInt(9))});
                if (!gateway && random.nextBoolean()) {
                    gateway = true;
                    net.add(new String[] {"gw", "10.0." + i + ".1"});
                }
            }
            members.add(tagged("net", net));
        }
        for (int i = random.nextInt(5); i > 0; i--) {
            members.add(tagged("blk", blk(random, i)));
        }
        if (random.nextInt(3) == 0) {
            // The Solo5 forks' cwd: the workdir of every program.
            members.add(List.<String[]>of(new String[] {"cwd", random.nextBoolean() ? "/" : "/w"}));
        }
        Collections.shuffle(members.subList(0, members.size()), random);
        rootMountFirst(members);
        boolean launcher = random.nextBoolean();
        String json = launcher ? launcher(members, random.nextBoolean()) : strict(members);
        Optional<List<String>> bins = random.nextBoolean() ? Optional.empty()
                : Optional.of(List.of("app", "tool").subList(0, 1 + random.nextInt(2)));
        return new Doc(json, bins);
    }

    private static List<String[]> blk(Random random, int i) {
        List<String[]> blk = new ArrayList<>();
        switch (random.nextInt(5)) {
            case 0:
                blk.add(new String[] {"source", "etfs"});
                blk.add(new String[] {"path", "xvd" + (char) ('a' + i)});
                break;
            case 4:
                // Solo5: the device node names the device; mounted at / it is the forks' union root.
                blk.add(new String[] {"source", "etfs"});
                blk.add(new String[] {"path", "/dev/ld" + i + "e"});
                if (i == 1 && random.nextBoolean()) {
                    blk.add(new String[] {"fstype", "blk"});
                    blk.add(new String[] {"mountpoint", "/"});
                    return blk;
                }
                break;
            case 1:
                blk.add(new String[] {"source", "vnd"});
                blk.add(new String[] {"path", random.nextBoolean() ? "images/disk" + i + ".iso" : "/disk" + i + ".img"});
                break;
            case 2:
                blk.add(new String[] {"source", "dev"});
                blk.add(new String[] {"path", "/dev/ld" + i + "a"});
                break;
            default:
                blk.add(new String[] {"source", "dev"});
                blk.add(new String[] {"path", "virtual"});
                blk.add(new String[] {"fstype", "kernfs"});
                blk.add(new String[] {"mountpoint", "/kern" + i});
                return blk;
        }
        if (random.nextInt(4) > 0) {
            blk.add(new String[] {"fstype", "blk"});
            blk.add(new String[] {"mountpoint", "/mnt" + i});
        }
        return blk;
    }

    /**
     * The guest sets a vnd up when it reaches it, so its backing file must be on a file system
     * mounted by then: the mount at / (the Solo5 forks' union root), if any, goes before every
     * blk member.
     */
    private static void rootMountFirst(List<List<String[]>> members) {
        for (int m = 0; m < members.size(); m++) {
            List<String[]> member = members.get(m);
            boolean root = member.get(0)[0].equals("blk")
                    && member.stream().anyMatch(p -> p[0].equals("mountpoint") && p[1].equals("/"));
            if (root) {
                members.remove(m);
                int firstBlk = 0;
                while (firstBlk < members.size() && !members.get(firstBlk).get(0)[0].equals("blk")) {
                    firstBlk++;
                }
                members.add(firstBlk, member);
                return;
            }
        }
    }

    /** An object member: its key first, then its members. */
    private static List<String[]> tagged(String key, List<String[]> object) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {key});
        out.addAll(object);
        return out;
    }

    /**
     * A cmdline; half of them with a '"' or '\' now and then, which JSON escapes, and which the
     * guest, taking the text as written, finds escaped in its words.
     */
    private static String cmdline(Random random) {
        String chars = random.nextBoolean() ? CMDLINE_CHARS : PLAIN_CMDLINE_CHARS;
        StringBuilder out = new StringBuilder("app");
        for (int i = random.nextInt(12); i > 0; i--) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    private static String strict(List<List<String[]>> members) {
        List<String> parts = new ArrayList<>();
        for (List<String[]> m : members) {
            parts.add(m.get(0).length == 2 ? quote(m.get(0)[0]) + ": " + quote(m.get(0)[1])
                    : quote(m.get(0)[0]) + ": {" + String.join(", ", pairs(m.subList(1, m.size()))) + "}");
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** As the launcher wrote it: a comma after every '{', every member and the root; on kvm every comma doubled. */
    private static String launcher(List<List<String[]>> members, boolean kvm) {
        String comma = kvm ? ",," : ",";
        StringBuilder out = new StringBuilder(" {" + comma + " \n");
        for (List<String[]> m : members) {
            if (m.get(0).length == 2) {
                out.append('\t').append(quote(m.get(0)[0])).append(": ").append(quote(m.get(0)[1])).append(comma).append(" \n");
                continue;
            }
            out.append('\t').append(quote(m.get(0)[0])).append(" :  {").append(comma).append(" \n");
            for (String pair : pairs(m.subList(1, m.size()))) {
                out.append("\t\t").append(pair).append(comma).append(" \n");
            }
            out.append("\t}").append(comma).append(" \n");
        }
        return out.append('}').append(comma).append(" \n").toString();
    }

    private static List<String> pairs(List<String[]> kv) {
        List<String> out = new ArrayList<>();
        for (String[] p : kv) {
            out.add(quote(p[0]) + ":\t" + quote(p[1]));
        }
        return out;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
