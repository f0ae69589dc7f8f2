package io.rumpcfg.source.spec;

import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceContext;
import io.rumpcfg.source.cmdline.CmdlineSource;
import io.rumpcfg.source.hw.MultibootSource;
import io.rumpcfg.source.xen.XenstoreEndpoint;
import io.rumpcfg.source.xen.XenstoreSource;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed {@code --source SPEC}: which source to open, before anything is opened. See
 * {@link Sources#parse} for the grammar.
 */
public sealed interface SourceSpec {
    /**
     * The source this spec names, reading with what {@code context} gives (standard input, the
     * xenstore socket and time-out, the platform); opening does no I/O, {@link ConfigSource#read} does.
     *
     * @param context what a source may need besides the spec
     * @return the source, not yet read
     */
    ConfigSource open(SourceContext context);

    /**
     * {@code file:PATH} or a plain PATH: a configuration file on the host.
     *
     * @param path the file
     */
    record File(Path path) implements SourceSpec {
        /**
         * Makes the spec.
         *
         * @throws NullPointerException if {@code path} is null
         */
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public ConfigSource open(SourceContext context) {
            return StreamSource.file(path);
        }
    }

    /** {@code -}: the configuration on standard input. */
    record Stdin() implements SourceSpec {
        @Override
        public ConfigSource open(SourceContext context) {
            return StreamSource.stdin(context.stdin());
        }
    }

    /**
     * {@code multiboot:IMAGE@ADDR}: a guest memory dump and the address of its multiboot information.
     *
     * @param image       the memory dump, guest physical memory from address 0
     * @param infoAddress the multiboot information's address, below 2^32
     */
    record Multiboot(Path image, long infoAddress) implements SourceSpec {
        /**
         * Makes the spec.
         *
         * @throws NullPointerException     if {@code image} is null
         * @throws IllegalArgumentException if {@code infoAddress} does not fit 32 bits
         */
        public Multiboot {
            Objects.requireNonNull(image, "image");
            if (infoAddress < 0 || infoAddress > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("address must fit 32 bits: " + infoAddress);
            }
        }

        @Override
        public ConfigSource open(SourceContext context) {
            return MultibootSource.image(image, infoAddress, context.platform());
        }
    }

    /**
     * {@code xenstore:DOMID[@SOCKET]}: the key {@code rumprun/cfg} of a domain, through a given
     * socket or the default one.
     *
     * @param domid  the domain id
     * @param socket xenstore's socket, when the spec names one
     */
    record Xenstore(int domid, Optional<Path> socket) implements SourceSpec {
        /**
         * Makes the spec; the domain is not checked here ({@link Sources#parse} takes 0 to 32751).
         *
         * @throws NullPointerException if {@code socket} is null
         */
        public Xenstore {
            Objects.requireNonNull(socket, "socket");
        }

        /** This spec with {@code --xenstore-socket} applied: a socket in the spec itself wins. */
        public Xenstore withDefaultSocket(Path path) {
            return socket.isPresent() ? this : new Xenstore(domid, Optional.of(path));
        }

        @Override
        public ConfigSource open(SourceContext context) {
            XenstoreEndpoint endpoint = XenstoreEndpoint.resolve(socket.isPresent() ? socket : context.xenstoreSocket());
            return new XenstoreSource(domid, endpoint, context.xenstoreTimeout(), context.startInfoCmdline(),
                    context.platform());
        }
    }

    /**
     * {@code cmdline:TEXT}: a kernel command line.
     *
     * @param text the command line; may be empty
     */
    record Cmdline(String text) implements SourceSpec {
        /**
         * Makes the spec.
         *
         * @throws NullPointerException if {@code text} is null
         */
        public Cmdline {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public ConfigSource open(SourceContext context) {
            return new CmdlineSource(text, context.platform());
        }
    }

    /**
     * {@code cmdline-file:FILE}: a kernel command line held in a file, read as bytes: TEXT on the
     * command line has been through the JVM's decoding of argv, which turns bytes that are not
     * UTF-8 into U+FFFD.
     *
     * @param path the file
     */
    record CmdlineFile(Path path) implements SourceSpec {
        /**
         * Makes the spec.
         *
         * @throws NullPointerException if {@code path} is null
         */
        public CmdlineFile {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public ConfigSource open(SourceContext context) {
            return new CmdlineFileSource(path, context.platform());
        }
    }
}
