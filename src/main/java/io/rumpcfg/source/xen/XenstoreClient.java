package io.rumpcfg.source.xen;

import io.rumpcfg.source.SourceContext;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.xen.XenstoreException.Kind;
import io.rumpcfg.source.xen.XenstoreWire.Header;
import io.rumpcfg.source.xen.XenstoreWire.Message;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A xenstore client: connected within a time-out, then one request at a time, each answered
 * within the same time-out, outside any transaction. Every failure is a {@link XenstoreException}; after a time-out or a broken
 * reply the connection is closed.
 */
public final class XenstoreClient implements AutoCloseable {
    /** How long a request waits for its reply unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = SourceContext.DEFAULT_XENSTORE_TIMEOUT;

    private final ByteChannel channel;
    private final XenstoreEndpoint endpoint;
    private final Duration timeout;
    // Blocking channel I/O cannot time out; a worker does it and the caller waits for it.
    private final ExecutorService io;
    private int nextRequestId;

    /** Over any channel: {@link #connect} opens the daemon's; the fuzz test passes in-memory replies. */
    XenstoreClient(ByteChannel channel, XenstoreEndpoint endpoint, Duration timeout) {
        this(channel, endpoint, timeout, worker());
    }

    private XenstoreClient(ByteChannel channel, XenstoreEndpoint endpoint, Duration timeout, ExecutorService io) {
        this.channel = channel;
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.io = io;
    }

    private static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "xenstore-io");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Connects to the daemon within {@code timeout}, the time-out of each request too;
     * {@link Kind#UNREACHABLE} when nothing answers there, or a daemon does not take the
     * connection in time (one whose accept queue is full blocks a connect indefinitely).
     *
     * @throws XenstoreException        of {@link Kind#UNREACHABLE} when no connection is made
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public static XenstoreClient connect(XenstoreEndpoint endpoint, Duration timeout) throws XenstoreException {
        Objects.requireNonNull(endpoint, "endpoint");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        ExecutorService io = worker();
        Future<ByteChannel> opened = io.submit(() -> open(endpoint));
        try {
            ByteChannel channel = opened.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new XenstoreClient(channel, endpoint, timeout, io);
        } catch (TimeoutException e) {
            // Interrupts the connect: an interrupt closes the channel, which ends the blocked call.
            if (!opened.cancel(true)) {
                closeOpened(opened); // connected just now: too late all the same
            }
            io.shutdownNow();
            throw new XenstoreException(Kind.UNREACHABLE, "cannot connect to xenstore at " + endpoint.path()
                    + ": no connection within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            io.shutdownNow();
            throw new XenstoreException(Kind.UNREACHABLE, "cannot connect to xenstore at " + endpoint.path()
                    + ": " + reason(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opened.cancel(true);
            io.shutdownNow();
            throw new XenstoreException(Kind.UNREACHABLE, "interrupted while connecting to xenstore at "
                    + endpoint.path());
        }
    }

    private static void closeOpened(Future<ByteChannel> opened) {
        try {
            opened.get().close();
        } catch (IOException | ExecutionException | InterruptedException | RuntimeException e) {
            // Nothing was opened, or what was is dropped either way.
        }
    }

    private static ByteChannel open(XenstoreEndpoint endpoint) throws IOException {
        if (endpoint.device()) {
            return FileChannel.open(endpoint.path(), StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
        SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            socket.connect(UnixDomainSocketAddress.of(endpoint.path()));
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * The value at {@code path}, as the bytes stored.
     *
     * @throws XenstoreException of {@link Kind#ERROR_REPLY} with {@code ENOENT} when there is no
     *                           value, or of the kind that says how the request failed
     */
    public byte[] read(String path) throws XenstoreException {
        return request(XenstoreWire.READ, XenstoreWire.pathPayload(path));
    }

    /**
     * Sets {@code path} to {@code value}, written as the bytes given.
     *
     * @throws XenstoreException of {@link Kind#TOO_LARGE}, with nothing sent, when path, NUL and
     *                           value exceed the payload limit; or of the kind that says how the
     *                           request failed
     */
    public void write(String path, byte[] value) throws XenstoreException {
        long size = XenstoreWire.writePayloadSize(path, value.length);
        if (size > XenstoreWire.MAX_PAYLOAD) {
            throw new XenstoreException(Kind.TOO_LARGE, XenDiagnostics.payloadMessage(path, size));
        }
        request(XenstoreWire.WRITE, XenstoreWire.writePayload(path, value));
    }

    /**
     * The names of the children of {@code path}.
     *
     * @throws XenstoreException of the kind that says how the request failed
     */
    public List<String> directory(String path) throws XenstoreException {
        return XenstoreWire.names(request(XenstoreWire.DIRECTORY, XenstoreWire.pathPayload(path)));
    }

    private byte[] request(int type, byte[] payload) throws XenstoreException {
        if (payload.length > XenstoreWire.MAX_PAYLOAD) {
            throw new XenstoreException(Kind.TOO_LARGE, "request payload is " + payload.length
                    + " bytes, over the xenstore limit of " + XenstoreWire.MAX_PAYLOAD + " bytes");
        }
        if (!channel.isOpen()) {
            throw new XenstoreException(Kind.PROTOCOL, "connection to " + endpoint.path() + " is closed");
        }
        Message sent = new Message(type, nextRequestId++, 0, payload);
        Future<Message> reply = io.submit(() -> exchange(sent));
        try {
            return check(sent, reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            close();
            throw new XenstoreException(Kind.TIMEOUT, "no reply from xenstore at " + endpoint.path()
                    + " within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            close();
            if (e.getCause() instanceof XenstoreException x) {
                throw x;
            }
            throw new XenstoreException(Kind.PROTOCOL, "xenstore connection failed: " + reason(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new XenstoreException(Kind.TIMEOUT, "interrupted while waiting for xenstore");
        }
    }

    private Message exchange(Message sent) throws IOException, XenstoreException {
        ByteBuffer out = XenstoreWire.encode(sent);
        while (out.hasRemaining()) {
            channel.write(out);
        }
        ByteBuffer head = ByteBuffer.allocate(XenstoreWire.HEADER_BYTES);
        fill(head, "header");
        Header h = XenstoreWire.decodeHeader(head.flip());
        if (h.length() > XenstoreWire.MAX_PAYLOAD) {
            throw new XenstoreException(Kind.PROTOCOL, "reply payload of " + h.length()
                    + " bytes is over the xenstore limit of " + XenstoreWire.MAX_PAYLOAD + " bytes");
        }
        ByteBuffer body = ByteBuffer.allocate((int) h.length());
        fill(body, "payload");
        return new Message(h.type(), h.reqId(), h.txId(), body.array());
    }

    private void fill(ByteBuffer buf, String part) throws IOException, XenstoreException {
        while (buf.hasRemaining()) {
            if (channel.read(buf) < 0) {
                throw new XenstoreException(Kind.PROTOCOL, "reply cut short: connection closed after "
                        + buf.position() + " of " + buf.capacity() + " " + part + " bytes");
            }
        }
    }

    private static byte[] check(Message sent, Message got) throws XenstoreException {
        if (got.reqId() != sent.reqId()) {
            throw new XenstoreException(Kind.PROTOCOL, "reply is for request id " + Integer.toUnsignedString(got.reqId())
                    + ", expected " + Integer.toUnsignedString(sent.reqId()));
        }
        if (got.type() == XenstoreWire.ERROR) {
            String name = XenstoreWire.text(got.payload());
            throw new XenstoreException(Kind.ERROR_REPLY, "xenstore answered " + errorWord(name), name);
        }
        if (got.type() != sent.type()) {
            throw new XenstoreException(Kind.PROTOCOL, "reply has type " + got.type() + ", expected " + sent.type());
        }
        return got.payload();
    }

    /**
     * An error name as the daemon sent it when it is one (an errno name such as {@code EACCES}),
     * otherwise quoted: it is the daemon's text, and must not reach a terminal raw.
     */
    private static String errorWord(String name) {
        boolean word = !name.isEmpty() && name.length() <= 32;
        for (int i = 0; word && i < name.length(); i++) {
            char c = name.charAt(i);
            word = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return word ? name : SourceDiagnostics.quote(name);
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    @Override
    public void close() {
        io.shutdownNow();
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing more can go wrong with a connection we are dropping.
        }
    }
}
