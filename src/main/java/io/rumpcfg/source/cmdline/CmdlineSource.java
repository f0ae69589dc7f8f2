package io.rumpcfg.source.cmdline;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.source.BootOptions;
import io.rumpcfg.source.CommandLine;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A configuration given on the kernel command line.
 *
 * <p>{@code _RUMPRUN_ROOTFSCFG=/path} before the first {@code {} wins: the root file system is
 * mounted at {@code /rootfs} and the configuration read from {@code /rootfs/path}, so relative
 * paths in it resolve against {@code /rootfs}. Otherwise the text from the first {@code {} is
 * the configuration (deprecated). The other {@code key=value} words are boot options.
 */
public final class CmdlineSource implements ConfigSource {
    /** The command-line key naming a configuration file on the root file system. */
    public static final String ROOTFS_CFG_KEY = "_RUMPRUN_ROOTFSCFG";
    /** Both {@code _RUMPRUN_ROOTFSCFG} and an inline configuration: the inline one is ignored. */
    public static final String INLINE_IGNORED = "cmdline.inline-ignored";

    private final String text;
    private final Optional<Platform> platform;

    /**
     * @param platform mounts the root file system and reads the file, needed only for
     *                 {@code _RUMPRUN_ROOTFSCFG}
     */
    public CmdlineSource(String text, Optional<Platform> platform) {
        this.text = Objects.requireNonNull(text, "text");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    @Override
    public String name() {
        return "cmdline";
    }

    /**
     * A platform source's fallback when it has no configuration of its own: the kernel command
     * line, read as this source reads it ({@code _RUMPRUN_ROOTFSCFG} included), named
     * {@code name} unless the configuration came from the root file system.
     */
    public static SourceResult fallback(String name, String text, Optional<Platform> platform) {
        SourceResult read = new CmdlineSource(text, platform).read();
        if (!read.name().equals("cmdline")) {
            return read;
        }
        return new SourceResult(name, read.config(), read.baseDir(), read.bootOptions(), read.diagnostics());
    }

    @Override
    public SourceResult read() {
        CommandLine cmdline = CommandLine.parse(text);
        Optional<String> rootfsCfg = cmdline.options().get(ROOTFS_CFG_KEY);
        BootOptions options = cmdline.options().without(ROOTFS_CFG_KEY);
        if (rootfsCfg.isPresent()) {
            SourceResult fromRootfs = new RootfsConfig(platform, rootfsCfg.get()).read(options);
            if (cmdline.json().isEmpty()) {
                return fromRootfs;
            }
            List<Diagnostic> diags = new ArrayList<>(fromRootfs.diagnostics());
            diags.add(Diagnostic.warning(INLINE_IGNORED, Origin.SYNTHETIC, "the configuration on the command line "
                    + "is ignored: " + ROOTFS_CFG_KEY + "=" + rootfsCfg.get() + " names the one to use"));
            return new SourceResult(fromRootfs.name(), fromRootfs.config(), fromRootfs.baseDir(),
                    fromRootfs.bootOptions(), diags);
        }
        if (cmdline.json().isEmpty()) {
            return SourceResult.none(name(), options, List.of());
        }
        byte[] json = cmdline.json().get().getBytes(StandardCharsets.UTF_8);
        if (json.length > SourceResult.MAX_CONFIG_BYTES) {
            return SourceResult.none(name(), options,
                    List.of(SourceDiagnostics.tooLarge("the command-line config", json.length, SourceResult.MAX_CONFIG_BYTES)));
        }
        return SourceResult.of(name(), json, options, List.of(SourceDiagnostics.legacyCommandLine()));
    }
}
