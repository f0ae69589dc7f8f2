package io.rumpcfg.plan;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.RunMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Valid configurations of every kind of element, in random document order. Mounts are drawn
 * from a fixed tree: under /img (and at / and /etc) only non-vnd sources, so vnd backing
 * files, which all lie there, never depend on a vnd; NFS only under /home, so DNS never waits
 * for an NFS mount, and only with an interface to reach its server. Each device is mounted
 * once (a vnd's partitions each once), as NetBSD allows.
 */
final class ConfigGenerator {
    private static final List<String> BASE_MOUNTS = List.of("/", "/etc", "/img", "/img/sub");
    private static final List<String> OTHER_MOUNTS = List.of("/data", "/data/cache", "/data/cache/deep/er",
            "/srv", "/srv/www", "/kern", "/tmp");
    private static final List<String> NFS_MOUNTS = List.of("/home", "/home/shared");
    private static final List<String> NFS_CHILDREN = List.of("/home/shared/tmp");

    private ConfigGenerator() {}

    static Arbitrary<Config> configs() {
        return Arbitraries.randomValue(ConfigGenerator::generate);
    }

    static Config generate(Random random) {
        List<Consumer<ConfigBuilder>> elements = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            int n = i;
            elements.add(c -> c.sysctl("kern.k" + n, n));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            int n = i;
            elements.add(c -> c.env((n == 1 ? "API_TOKEN" : "VAR") + n, "v" + n));
        }
        if (random.nextBoolean()) {
            elements.add(c -> c.hostname("host"));
        }
        int interfaces = random.nextInt(3);
        for (int i = 0; i < interfaces; i++) {
            String[] addrs = random.nextBoolean() ? new String[] {"dhcp", "auto"} : new String[] {"10.0." + i + ".2/24"};
            int n = i;
            elements.add(c -> c.iface("vioif" + n, addrs));
        }
        if (interfaces > 0 && random.nextBoolean()) {
            elements.add(c -> c.gateway("10.0.0.1"));
        }
        if (random.nextBoolean()) {
            elements.add(c -> c.dns("192.0.2.53"));
        }
        List<String> vnds = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String name = "vnd" + i;
            vnds.add(name);
            String file = random.nextBoolean() ? "/img/sub/" + name + ".iso" : "images/" + name + ".iso";
            elements.add(c -> c.vnd(name, file));
        }
        if (random.nextBoolean()) {
            elements.add(c -> c.etfs("xbd0", "blkfront:xvda"));
        }
        for (int k = 0; k < BASE_MOUNTS.size(); k++) {
            String mountpoint = BASE_MOUNTS.get(k);
            String device = random.nextBoolean() ? "/dev/ld" + k + "a" : "/dev/xbd" + k;
            if (random.nextBoolean()) {
                elements.add(c -> c.blkMount(mountpoint, device));
            }
        }
        for (int k = 0; k < OTHER_MOUNTS.size(); k++) {
            String mountpoint = OTHER_MOUNTS.get(k);
            char partition = (char) ('a' + k);
            int kind = random.nextInt(4);
            if (kind == 1) {
                elements.add(c -> c.tmpfs(mountpoint));
            } else if (kind == 2) {
                elements.add(c -> c.kernfs(mountpoint));
            } else if (kind == 3 && !vnds.isEmpty()) {
                String vnd = vnds.get(random.nextInt(vnds.size()));
                elements.add(c -> c.blkMount(mountpoint, "/dev/" + vnd + partition));
            }
        }
        for (String mountpoint : NFS_MOUNTS) {
            if (interfaces > 0 && random.nextBoolean()) {
                String server = random.nextBoolean() ? "files.example.net" : "192.0.2.7";
                elements.add(c -> c.nfs(mountpoint, server + ":/export" + mountpoint));
            }
        }
        for (String mountpoint : NFS_CHILDREN) {
            if (random.nextBoolean()) {
                elements.add(c -> c.tmpfs(mountpoint));
            }
        }
        int programs = random.nextInt(4) - 1;
        for (int i = 0; i < programs; i++) {
            List<String> workdirs = List.of("/", "/data", "/home/shared", "/srv/www/x");
            String workdir = workdirs.get(random.nextInt(workdirs.size()));
            RunMode mode = RunMode.values()[random.nextInt(RunMode.values().length)];
            int n = i;
            elements.add(c -> c.rc("prog" + n, mode, Optional.of(workdir)));
        }
        if (programs == 0) {
            elements.add(ConfigBuilder::noPrograms);
        }
        Collections.shuffle(elements, random);
        ConfigBuilder builder = ConfigBuilder.config();
        elements.forEach(e -> e.accept(builder));
        return builder.build();
    }
}
