package io.rumpcfg.source.hw;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.source.BootOptions;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.cmdline.CmdlineSource;
import io.rumpcfg.source.cmdline.ConfigText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration a hw guest was booted with, found as the original guest finds it
 * (platform/hw/multiboot.c, multiboot): the first module's bytes when the MODS flag is set and
 * the module table is not null; otherwise the kernel command line (deprecated), or nothing. That
 * text is then read as {@link ConfigText} says. A module of 4095 bytes or more, or a command line
 * of 4096 or more, halts the guest. The command line's {@code key=value} words become boot
 * options either way.
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
     * This source with a platform, which mounts the root file system when the text the guest
     * reads (the module, else the command line) says {@code _RUMPRUN_ROOTFSCFG}.
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
     * {@code pmemsave 0 SIZE FILE}); only what its pointers lead to is read, never the whole file.
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
        String cmdline = (info.flags() & MultibootInfo.FLAG_CMDLINE) != 0 ? info.cmdline().orElse("") : "";
        BootOptions options = CmdlineSource.bootOptions(cmdline);
        if ((info.flags() & MultibootInfo.FLAG_MODS) != 0 && !info.modules().isEmpty()) {
            return fromModule(info.modules().get(0), options);
        }
        // Measured in UTF-8 as decoded: exact unless the loader left bytes that are not UTF-8.
        byte[] text = cmdline.getBytes(StandardCharsets.UTF_8);
        String where = name + " cmdline";
        if (text.length > HwLimits.MAX_CMDLINE_BYTES) {
            return SourceResult.none(where, options, List.of(HwDiagnostics.cmdlineTooLong(text.length)));
        }
        String what = (info.flags() & MultibootInfo.FLAG_CMDLINE) != 0 ? "the multiboot command line"
                : "the boot information (no module, no command line)";
        return ConfigText.read(where, what, text, options, ConfigText.Carrier.COMMAND_LINE, platform);
    }

    private SourceResult fromModule(MultibootModule module, BootOptions options) {
        String where = name + " module 0";
        // The whole module counts, trailing NULs too: the guest measures mod_end - mod_start.
        if (module.size() > HwLimits.MAX_MODULE_BYTES) {
            return SourceResult.none(where, options,
                    List.of(HwDiagnostics.moduleTooLong(module.name(), module.size())));
        }
        // Within the limit, a module is always whole: a dump's module is read to more than it.
        byte[] text = new byte[(int) module.size()];
        module.bytes().get(text);
        return ConfigText.read(where, "the first module " + SourceDiagnostics.quote(module.name()), text, options,
                ConfigText.Carrier.DOCUMENT, platform);
    }
}
