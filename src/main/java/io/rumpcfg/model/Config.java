package io.rumpcfg.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole, validated rumprun configuration. Every list keeps document order; repeated root
 * keys have already been merged in the order they appeared.
 *
 * @param sysctl   global {@code netbsd.sysctl} settings
 * @param rc       the programs to start, or empty when the document has no {@code rc}: then
 *                 every baked binary runs, in bake order (an {@code "rc": []} runs none)
 * @param env      environment variables given to every program
 * @param hostname the host name, which sets {@code kern.hostname}
 * @param net      interfaces, gateways and DNS
 * @param blk      block devices (etfs, vnd)
 * @param mounts   file systems to mount
 */
public record Config(
        List<Sysctl> sysctl,
        Optional<List<RcEntry>> rc,
        List<EnvVar> env,
        Optional<Hostname> hostname,
        Net net,
        List<Blk> blk,
        List<Mount> mounts) {

    /**
     * Makes a configuration, copying the lists.
     *
     * @throws NullPointerException if any component, or any list element, is null
     */
    public Config {
        sysctl = List.copyOf(sysctl);
        rc = rc.isPresent() ? Optional.of(List.copyOf(rc.get())) : rc;
        env = List.copyOf(env);
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(net, "net");
        blk = List.copyOf(blk);
        mounts = List.copyOf(mounts);
    }

    /** The configuration of a document that configures nothing: {@code {}}. */
    public static Config empty() {
        return new Config(List.of(), Optional.empty(), List.of(), Optional.empty(), Net.NONE, List.of(), List.of());
    }
}
