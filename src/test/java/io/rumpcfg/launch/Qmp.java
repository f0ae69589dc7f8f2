package io.rumpcfg.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** A client of QEMU's QMP monitor for the boot tests: memory dumps and quit. */
public final class Qmp implements AutoCloseable {
    private final SocketChannel channel;
    private final BufferedReader in;
    private final OutputStream out;

    private Qmp(SocketChannel channel) throws IOException {
        this.channel = channel;
        this.in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
        this.out = Channels.newOutputStream(channel);
    }

    /** Connects once QEMU listens on {@code socket}, waiting at most {@code within}. */
    public static Qmp connect(Path socket, Duration within) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(within);
        while (true) {
            try {
                SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
                c.connect(UnixDomainSocketAddress.of(socket));
                Qmp qmp = new Qmp(c);
                assertThat(qmp.in.readLine()).contains("\"QMP\"");
                qmp.execute("{\"execute\": \"qmp_capabilities\"}");
                return qmp;
            } catch (IOException e) {
                if (Instant.now().isAfter(until)) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    /** Sends a command and returns its answer, skipping events. */
    public String execute(String command) throws IOException {
        out.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        while (true) {
            String line = in.readLine();
            assertThat(line).as("QMP answer to " + command).isNotNull();
            if (line.startsWith("{\"return\"") || line.startsWith("{\"error\"")) {
                assertThat(line).as(command).startsWith("{\"return\"");
                return line;
            }
        }
    }

    /** Writes {@code size} bytes of guest memory from physical address {@code from} to {@code file}. */
    public void dump(long from, long size, Path file) throws IOException {
        execute("{\"execute\": \"pmemsave\", \"arguments\": {\"val\": " + from + ", \"size\": " + size
                + ", \"filename\": \"" + file + "\"}}");
    }

    /**
     * Waits until the tiny kernel has run (its magic is in memory) and returns the multiboot
     * information's address it stored.
     */
    public long awaitBoot(Path scratch, Duration within) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(within);
        while (true) {
            dump(TinyKernel.INFO_POINTER, 8, scratch);
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(scratch)).order(ByteOrder.LITTLE_ENDIAN);
            long info = Integer.toUnsignedLong(b.getInt(0));
            if (b.getInt(4) == TinyKernel.BOOTED) {
                return info;
            }
            assertThat(Instant.now()).as("the guest did not boot within " + within).isBefore(until);
            Thread.sleep(200);
        }
    }

    /** Ends QEMU. */
    public void quit() throws IOException {
        execute("{\"execute\": \"quit\"}");
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
