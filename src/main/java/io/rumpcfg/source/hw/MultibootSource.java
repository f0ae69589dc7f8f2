package io.rumpcfg.source.hw;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.source.cmdline.CmdlineSource;
import io.rumpcfg.source.BootOptions;
import io.rumpcfg.source.CommandLine;
import io.rumpcfg.source.ConfigBytes;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration a hw guest was booted with: the first module's bytes (trailing NULs
 * dropped); with no module, the JSON on the kernel command line (deprecated). The command line's
 * {@code key=value} words become boot options either way.
 */
public final class MultibootSource implements ConfigSource {
    private final String name;
    private final MultibootInfo info;
    private final Optional<Platform> platform;

    private MultibootSource(String name, MultibootInfo info, Optional<Platform> platform) {
        this.name = Objects.requireNonNull(name, "name");
        this.info = Objects.requireNonNull(info, "info");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /**
     * This source with a platform, which mounts the root file system when the module is missing
     * and the command line says {@code _RUMPRUN_ROOTFSCFG}.
     */
    public MultibootSource withPlatform(Platform platform) {
        return new MultibootSource(name, info, Optional.of(platform));
    }

    /**
     * The modules and command line a runtime hands over itself, without a memory image.
     *
     * @param name the FILE part of diagnostics, e.g. {@code multiboot}
     */
    public static MultibootSource of(String name, List<MultibootModule> modules, Optional<String> cmdline) {
        long flags = (cmdline.isPresent() ? MultibootInfo.FLAG_CMDLINE : 0) | MultibootInfo.FLAG_MODS;
        return new MultibootSource(name, new MultibootInfo(flags, cmdline, modules), Optional.empty());
    }

    /** A structure already read, e.g. by {@link MultibootInfo#read}. */
    public static MultibootSource of(String name, MultibootInfo info) {
        return new MultibootSource(name, info, Optional.empty());
    }

    /**
     * The source for a raw dump of guest physical memory from address 0 (QEMU's
     * {@code pmemsave 0 SIZE FILE}); the file is mapped, not read into the heap.
     */
    public static ConfigSource image(Path image, long infoAddress) {
        return new MultibootImageSource(image, infoAddress, Optional.empty());
    }

    /** {@link #image(Path, long)} with a platform for {@code _RUMPRUN_ROOTFSCFG}. */
    public static ConfigSource image(Path image, long infoAddress, Optional<Platform> platform) {
        return new MultibootImageSource(image, infoAddress, platform);
    }

    /** The FILE part of diagnostics: the base name plus which part the config came from. */
    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceResult read() {
        CommandLine cmdline = CommandLine.parse(info.cmdline().orElse(""));
        if (!info.modules().isEmpty()) {
            return fromModule(info.modules().get(0), cmdline.options());
        }
        return CmdlineSource.fallback(name + " cmdline", info.cmdline().orElse(""), platform);
    }

    private SourceResult fromModule(MultibootModule module, BootOptions options) {
        String where = name + " module 0";
        ByteBuffer bytes = module.bytes();
        int end = bytes.limit();
        while (end > 0 && bytes.get(end - 1) == 0) {
            end--;
        }
        if (end > SourceResult.MAX_CONFIG_BYTES) {
            Diagnostic tooLarge = SourceDiagnostics.tooLarge("module 0 (" + module.name() + ")", end,
                    SourceResult.MAX_CONFIG_BYTES);
            return SourceResult.none(where, options, List.of(tooLarge));
        }
        byte[] config = new byte[end];
        bytes.get(0, config);
        Optional<String> notJson = ConfigBytes.notAnObject(config);
        if (notJson.isPresent()) {
            List<Diagnostic> warnings = new ArrayList<>();
            warnings.add(SourceDiagnostics.notJson("the first module (" + module.name() + ")", notJson.get()));
            return SourceResult.none(where, options, warnings);
        }
        return SourceResult.of(where, config, options, List.of());
    }
}
