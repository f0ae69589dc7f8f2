package io.rumpcfg.source.xen;

import io.rumpcfg.source.xen.XenstoreWire.Header;
import io.rumpcfg.source.xen.XenstoreWire.Message;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A xenstore daemon for tests: a Unix socket in a directory of the test's choosing, a key/value
 * store, a log of every message received, and ways to misbehave. It serves one connection at a
 * time and stops by itself after {@link #LIFETIME_MILLIS}, so a forgotten one cannot hang a build.
 */
public final class FakeXenstored implements AutoCloseable {
    static final long LIFETIME_MILLIS = 60_000;

    /** How the next replies go wrong. */
    enum Misbehaviour { NONE, WRONG_REQ_ID, OVERSIZED, SILENT, SHORT_READ, ERROR_EACCES, ERROR_WITH_CONTROLS }

    /** The error name {@link Misbehaviour#ERROR_WITH_CONTROLS} answers: it rewrites the line and forges another. */
    static final String FORGED_ERROR = "\u001b[2K\rEINVAL\nrumpcfg: fake line injected\u0007";

    private final Path socket;
    private final ServerSocketChannel server;
    private final Map<String, byte[]> store = new ConcurrentHashMap<>();
    private final List<Message> received = new CopyOnWriteArrayList<>();
    private volatile Misbehaviour misbehaviour = Misbehaviour.NONE;
    private volatile SocketChannel current;
    private final Thread worker;
    private final Thread reaper;

    private FakeXenstored(Path socket) throws IOException {
        this.socket = socket;
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        this.worker = new Thread(this::serve, "fake-xenstored");
        this.reaper = new Thread(this::reap, "fake-xenstored-reaper");
        worker.setDaemon(true);
        reaper.setDaemon(true);
    }

    public static FakeXenstored start(Path dir) throws IOException {
        FakeXenstored d = new FakeXenstored(dir.resolve("socket"));
        d.worker.start();
        d.reaper.start();
        return d;
    }

    public Path socket() {
        return socket;
    }

    XenstoreEndpoint endpoint() {
        return XenstoreEndpoint.of(socket);
    }

    public void put(String path, byte[] value) {
        store.put(path, value.clone());
    }

    public byte[] get(String path) {
        byte[] v = store.get(path);
        return v == null ? null : v.clone();
    }

    List<Message> received() {
        return List.copyOf(received);
    }

    void misbehave(Misbehaviour m) {
        misbehaviour = m;
    }

    private void reap() {
        try {
            Thread.sleep(LIFETIME_MILLIS);
        } catch (InterruptedException e) {
            return;
        }
        close();
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                current = client;
                while (handle(client)) {
                    // one message after another until the client hangs up
                }
            } catch (IOException e) {
                // closed by close(), or the client went away; accept the next one if still open
            }
        }
    }

    private boolean handle(SocketChannel client) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(XenstoreWire.HEADER_BYTES);
        if (!fill(client, head)) {
            return false;
        }
        Header h = XenstoreWire.decodeHeader(head.flip());
        if (h.length() > XenstoreWire.MAX_PAYLOAD) {
            return false; // as the real daemon does: drop the connection
        }
        ByteBuffer body = ByteBuffer.allocate((int) h.length());
        if (!fill(client, body)) {
            return false;
        }
        Message m = new Message(h.type(), h.reqId(), h.txId(), body.array());
        received.add(m);
        switch (misbehaviour) {
            case SILENT:
                return true;
            case OVERSIZED:
                send(client, rawHeader(h.type(), h.reqId(), h.txId(), XenstoreWire.MAX_PAYLOAD + 1));
                return true;
            case SHORT_READ:
                send(client, rawHeader(h.type(), h.reqId(), h.txId(), 10));
                send(client, ByteBuffer.wrap(new byte[] {'a', 'b', 'c'}));
                return false;
            case WRONG_REQ_ID:
                send(client, XenstoreWire.encode(new Message(h.type(), h.reqId() + 1, h.txId(), ok())));
                return true;
            case ERROR_EACCES:
                send(client, XenstoreWire.encode(new Message(XenstoreWire.ERROR, h.reqId(), h.txId(), text("EACCES"))));
                return true;
            case ERROR_WITH_CONTROLS:
                send(client, XenstoreWire.encode(new Message(XenstoreWire.ERROR, h.reqId(), h.txId(), text(FORGED_ERROR))));
                return true;
            default:
                send(client, XenstoreWire.encode(answer(m)));
                return true;
        }
    }

    private Message answer(Message m) {
        byte[] p = m.payload();
        String path = XenstoreWire.text(p);
        if (m.type() == XenstoreWire.READ) {
            byte[] v = store.get(path);
            return v == null ? error(m, "ENOENT") : reply(m, v);
        }
        if (m.type() == XenstoreWire.WRITE) {
            int nul = path.getBytes(StandardCharsets.UTF_8).length;
            store.put(path, Arrays.copyOfRange(p, nul + 1, p.length));
            return reply(m, ok());
        }
        if (m.type() == XenstoreWire.DIRECTORY) {
            String prefix = path.endsWith("/") ? path : path + "/";
            TreeSet<String> children = new TreeSet<>();
            for (String key : store.keySet()) {
                if (key.startsWith(prefix)) {
                    children.add(key.substring(prefix.length()).split("/", 2)[0]);
                }
            }
            StringBuilder out = new StringBuilder();
            children.forEach(c -> out.append(c).append('\0'));
            return reply(m, out.toString().getBytes(StandardCharsets.UTF_8));
        }
        return error(m, "ENOSYS");
    }

    private static Message reply(Message to, byte[] payload) {
        return new Message(to.type(), to.reqId(), to.txId(), payload);
    }

    private static Message error(Message to, String name) {
        return new Message(XenstoreWire.ERROR, to.reqId(), to.txId(), text(name));
    }

    private static byte[] ok() {
        return text("OK");
    }

    private static byte[] text(String s) {
        return (s + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    private static ByteBuffer rawHeader(int type, int reqId, int txId, int len) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        return b.putInt(type).putInt(reqId).putInt(txId).putInt(len).flip();
    }

    private static void send(SocketChannel c, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            c.write(b);
        }
    }

    private static boolean fill(SocketChannel c, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (c.read(b) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            server.close();
            SocketChannel c = current;
            if (c != null) {
                c.close();
            }
        } catch (IOException e) {
            // stopping anyway
        }
        reaper.interrupt();
    }
}
