package io.rumpcfg.source.xen;

import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.source.BootOptions;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.cmdline.CmdlineSource;
import io.rumpcfg.source.cmdline.ConfigText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration a Xen guest was launched with, found as the original guest finds it
 * (platform/xen/init.c, app_main): the xenstore value {@code /local/domain/<domid>/rumprun/cfg};
 * with no such key, the start_info command line, which Xen keeps to its first 1023 bytes. That
 * text is then read as {@link ConfigText} says. The command line's {@code key=value} words
 * become boot options either way.
 */
public final class XenstoreSource implements ConfigSource {
    private final int domid;
    private final XenstoreEndpoint endpoint;
    private final Duration timeout;
    private final Optional<String> startInfoCmdline;
    private final Optional<Platform> platform;

    /** The FILE part of diagnostics about a configuration on the start_info command line. */
    static final String START_INFO_NAME = "xen start_info cmdline";

    /**
     * @param startInfoCmdline the domain's start_info command line, when the caller has it; without
     *                         it, an empty one, which is what a domain created without
     *                         {@code extra=} has
     */
    public XenstoreSource(int domid, XenstoreEndpoint endpoint, Duration timeout, Optional<String> startInfoCmdline) {
        this(domid, endpoint, timeout, startInfoCmdline, Optional.empty());
    }

    /**
     * @param platform mounts the root file system when the key is missing and the start_info
     *                 command line says {@code _RUMPRUN_ROOTFSCFG}
     */
    public XenstoreSource(int domid, XenstoreEndpoint endpoint, Duration timeout, Optional<String> startInfoCmdline,
            Optional<Platform> platform) {
        this.domid = checkDomid(domid);
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.startInfoCmdline = Objects.requireNonNull(startInfoCmdline, "startInfoCmdline");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** The key a guest reads its configuration from: the one place this path is spelt. */
    public static String configPath(int domid) {
        return "/local/domain/" + checkDomid(domid) + "/rumprun/cfg";
    }

    static int checkDomid(int domid) {
        if (domid < 0 || domid > XenLimits.MAX_DOMID) {
            throw new IllegalArgumentException("domid must be 0.." + XenLimits.MAX_DOMID + ": " + domid);
        }
        return domid;
    }

    @Override
    public String name() {
        return "xenstore:" + configPath(domid);
    }

    @Override
    public SourceResult read() {
        byte[] startInfo = startInfoCmdline.orElse("").getBytes(StandardCharsets.UTF_8);
        byte[] kept = startInfo.length > XenLimits.MAX_START_INFO_CMDLINE
                ? Arrays.copyOf(startInfo, XenLimits.MAX_START_INFO_CMDLINE) : startInfo;
        BootOptions options = CmdlineSource.bootOptions(new String(kept, StandardCharsets.UTF_8));
        byte[] value;
        try (XenstoreClient client = XenstoreClient.connect(endpoint, timeout)) {
            value = client.read(configPath(domid));
        } catch (XenstoreException e) {
            if (e.errorName().filter("ENOENT"::equals).isPresent()) {
                return fallback(startInfo.length, kept, options);
            }
            // The guest falls back on any failed read, but a failure here is this host's, not the guest's.
            return SourceResult.none(name(), options,
                    List.of(XenDiagnostics.failed("reading " + configPath(domid), e)));
        }
        // A value that is there is used even when it is empty: the guest falls back only when the read fails.
        return ConfigText.read(name(), configPath(domid), value, options, ConfigText.Carrier.DOCUMENT, platform);
    }

    private SourceResult fallback(int given, byte[] kept, BootOptions options) {
        String what = startInfoCmdline.isPresent() ? "the start_info command line"
                : "the start_info command line (none given, so taken as empty)";
        SourceResult read = ConfigText.read(START_INFO_NAME, what, kept, options, ConfigText.Carrier.COMMAND_LINE,
                platform);
        if (given == kept.length) {
            return read;
        }
        List<Diagnostic> diags = new ArrayList<>();
        diags.add(XenDiagnostics.cmdlineCut(given));
        diags.addAll(read.diagnostics());
        return new SourceResult(read.name(), read.config(), read.baseDir(), read.bootOptions(), diags);
    }
}
