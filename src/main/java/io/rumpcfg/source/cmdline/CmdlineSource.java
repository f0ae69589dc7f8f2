package io.rumpcfg.source.cmdline;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.source.BootOptions;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.KernelCommandLine;
import io.rumpcfg.source.SourceResult;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A configuration given on the kernel command line, read as {@link ConfigText} says the original
 * guest reads any text it is handed.
 *
 * <p>{@code _RUMPRUN_ROOTFSCFG=/path} anywhere in the text wins: the root file system is mounted
 * at {@code /rootfs} and the configuration read from {@code /rootfs/path}, so relative paths in
 * it resolve against {@code /rootfs}. The name runs to the end of the text, so the key must come
 * last. Otherwise the text from the first <code>&#123;</code> is the configuration (deprecated). The
 * {@code key=value} words before the first <code>&#123;</code> are boot options.
 */
public final class CmdlineSource implements ConfigSource {
    /** The command-line key naming a configuration file on the root file system. */
    public static final String ROOTFS_CFG_KEY = "_RUMPRUN_ROOTFSCFG";
    /** Where the root file system is mounted for {@link #ROOTFS_CFG_KEY}; its configuration is read from there. */
    public static final String ROOTFS_MOUNTPOINT = "/rootfs";

    private final String name;
    private final byte[] text;
    private final Optional<Platform> platform;

    /**
     * @param platform mounts the root file system and reads the file, needed only for
     *                 {@code _RUMPRUN_ROOTFSCFG}
     */
    public CmdlineSource(String text, Optional<Platform> platform) {
        this("cmdline", Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8), platform);
    }

    /**
     * A command line given as bytes, such as one read from a file: the guest's command line is
     * bytes, which need not be UTF-8.
     *
     * @param name the FILE part of diagnostics
     */
    public CmdlineSource(String name, byte[] text, Optional<Platform> platform) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = text.clone();
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The boot options of a command line: its {@code key=value} words before the first <code>&#123;</code>
     * and before any NUL, where the guest's C string ends.
     */
    public static BootOptions bootOptions(String text) {
        int nul = text.indexOf('\0');
        return KernelCommandLine.parse(nul < 0 ? text : text.substring(0, nul)).options().without(ROOTFS_CFG_KEY);
    }

    @Override
    public SourceResult read() {
        return ConfigText.read(name(), "the command line", text, bootOptions(new String(text, StandardCharsets.UTF_8)),
                ConfigText.Carrier.COMMAND_LINE, platform);
    }
}
