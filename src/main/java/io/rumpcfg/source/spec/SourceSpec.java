package io.rumpcfg.source.spec;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed {@code --source SPEC}: which source to open, before anything is opened. See
 * {@link Sources#parse} for the grammar.
 */
public sealed interface SourceSpec {
    /** {@code file:PATH} or a plain PATH: a configuration file on the host. */
    record File(Path path) implements SourceSpec {
        public File {
            Objects.requireNonNull(path, "path");
        }
    }

    /** {@code -}: the configuration on standard input. */
    record Stdin() implements SourceSpec {}

    /** {@code multiboot:IMAGE@ADDR}: a guest memory dump and the address of its multiboot information. */
    record Multiboot(Path image, long infoAddress) implements SourceSpec {
        public Multiboot {
            Objects.requireNonNull(image, "image");
            if (infoAddress < 0 || infoAddress > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("address must fit 32 bits: " + infoAddress);
            }
        }
    }

    /** {@code xenstore:DOMID[@SOCKET]}: the key {@code rumprun/cfg} of a domain, through a given socket or the default one. */
    record Xenstore(int domid, Optional<Path> socket) implements SourceSpec {
        public Xenstore {
            Objects.requireNonNull(socket, "socket");
        }

        /** This spec with {@code --xenstore-socket} applied: a socket in the spec itself wins. */
        public Xenstore withDefaultSocket(Path path) {
            return socket.isPresent() ? this : new Xenstore(domid, Optional.of(path));
        }
    }

    /** {@code cmdline:TEXT}: a kernel command line. */
    record Cmdline(String text) implements SourceSpec {
        public Cmdline {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * {@code cmdline-file:FILE}: a kernel command line held in a file, read as bytes: TEXT on the
     * command line has been through the JVM's decoding of argv, which turns bytes that are not
     * UTF-8 into U+FFFD.
     */
    record CmdlineFile(Path path) implements SourceSpec {
        public CmdlineFile {
            Objects.requireNonNull(path, "path");
        }
    }
}
