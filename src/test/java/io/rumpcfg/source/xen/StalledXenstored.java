package io.rumpcfg.source.xen;

import java.io.IOException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A daemon that listens but never accepts, its accept queue already full: a connect to it
 * blocks until someone gives up, as with a xenstored that has stalled.
 */
public final class StalledXenstored implements AutoCloseable {
    private final Path socket;
    private final ServerSocketChannel server;
    private final List<SocketChannel> pending = new ArrayList<>();

    private StalledXenstored(Path socket, ServerSocketChannel server) {
        this.socket = socket;
        this.server = server;
    }

    /** Listens at {@code socket} with a backlog of 1, then queues connections until the queue takes no more. */
    public static StalledXenstored start(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket), 1);
        StalledXenstored daemon = new StalledXenstored(socket, server);
        for (int i = 0; i < 64; i++) {
            SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX);
            client.configureBlocking(false);
            try {
                if (!client.connect(UnixDomainSocketAddress.of(socket))) {
                    client.close();
                    return daemon;
                }
            } catch (SocketException full) { // EAGAIN: the queue is full
                client.close();
                return daemon;
            }
            daemon.pending.add(client);
        }
        daemon.close();
        throw new IOException("the accept queue of " + socket + " never filled");
    }

    public Path socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        for (SocketChannel c : pending) {
            c.close();
        }
        server.close();
    }
}
