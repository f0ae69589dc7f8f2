package io.rumpcfg.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace this test makes, with a bridge {@code br0} (10.99.0.1/24 and
 * 2001:db8:99::1/64) and dnsmasq serving DHCPv4 and router advertisements on it: the peers'
 * namespace of a {@link LinuxPlatform} built with {@code peerNamespace(pid())} and
 * {@code peerBridge("br0")}. Nothing in it reaches the machine's own interfaces.
 */
final class DhcpServer implements AutoCloseable {
    static final String BRIDGE = "br0";
    private final Process holder;
    private final Process dnsmasq;
    private final Path leases;

    private DhcpServer(Process holder, Process dnsmasq, Path leases) {
        this.holder = holder;
        this.dnsmasq = dnsmasq;
        this.leases = leases;
    }

    static DhcpServer start(Path dir) throws Exception {
        Path dnsmasqTool = LinuxHost.requireTool("dnsmasq", "dnsmasq-base");
        Process holder = new ProcessBuilder(Tools.path("unshare"), "--net", Tools.path("cat"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Files.readString(Path.of("/proc", Long.toString(holder.pid()), "comm")).trim().equals("cat")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the test's namespace did not start");
                }
                Thread.sleep(5);
            }
            String pid = Long.toString(holder.pid());
            in(pid, "ip", "link", "set", "lo", "up");
            in(pid, "ip", "link", "add", BRIDGE, "type", "bridge", "forward_delay", "0");
            in(pid, "ip", "addr", "add", "10.99.0.1/24", "dev", BRIDGE);
            in(pid, "ip", "-6", "addr", "add", "2001:db8:99::1/64", "dev", BRIDGE, "nodad");
            in(pid, "ip", "link", "set", BRIDGE, "up");
            Path leases = dir.resolve("dnsmasq.leases");
            Process dnsmasq = new ProcessBuilder(Tools.path("nsenter"), "--target", pid, "--net", "--",
                    dnsmasqTool.toString(), "--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv", "--no-hosts",
                    "--port=0", "--user=root", "--interface=" + BRIDGE, "--bind-dynamic", "--pid-file",
                    "--dhcp-leasefile=" + leases, "--dhcp-range=10.99.0.50,10.99.0.60,255.255.255.0,1h",
                    "--dhcp-option=option:router,10.99.0.1", "--enable-ra", "--dhcp-range=::,constructor:" + BRIDGE + ",ra-only")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("dnsmasq.log").toFile()).start();
            return new DhcpServer(holder, dnsmasq, leases);
        } catch (Exception | Error e) {
            holder.destroyForcibly();
            throw e;
        }
    }

    private static void in(String pid, String... command) throws IOException, InterruptedException {
        List<String> all = new java.util.ArrayList<>(List.of(Tools.path("nsenter"), "--target", pid, "--net", "--"));
        all.addAll(List.of(command));
        LinuxHost.run(all.toArray(new String[0]));
    }

    /** The PID whose network namespace holds the bridge. */
    long pid() {
        return holder.pid();
    }

    String leases() throws IOException {
        return Files.exists(leases) ? Files.readString(leases, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() {
        dnsmasq.destroyForcibly();
        holder.destroyForcibly();
        try {
            dnsmasq.waitFor(10, TimeUnit.SECONDS);
            holder.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
