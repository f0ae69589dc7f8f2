package io.rumpcfg.source.xen;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.source.CommandLine;
import io.rumpcfg.source.cmdline.CmdlineSource;
import io.rumpcfg.source.ConfigBytes;
import io.rumpcfg.source.ConfigSource;
import io.rumpcfg.source.SourceDiagnostics;
import io.rumpcfg.source.SourceResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration a Xen guest was launched with: the xenstore key
 * {@code /local/domain/<domid>/rumprun/cfg}. With no such key, the start_info command line is
 * the legacy fallback when given; its {@code key=value} words become boot options either way.
 */
public final class XenstoreSource implements ConfigSource {
    private final int domid;
    private final XenstoreEndpoint endpoint;
    private final Duration timeout;
    private final Optional<String> startInfoCmdline;
    private final Optional<Platform> platform;

    /**
     * @param startInfoCmdline the domain's start_info command line, when the caller has it
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
        CommandLine cmdline = CommandLine.parse(startInfoCmdline.orElse(""));
        byte[] value;
        try (XenstoreClient client = XenstoreClient.connect(endpoint, timeout)) {
            value = client.read(configPath(domid));
        } catch (XenstoreException e) {
            if (e.errorName().filter("ENOENT"::equals).isPresent()) {
                return fallback(cmdline);
            }
            return SourceResult.none(name(), cmdline.options(),
                    List.of(XenDiagnostics.failed("reading " + configPath(domid), e)));
        }
        byte[] config = ConfigBytes.stripTrailingNuls(value);
        Optional<String> notJson = ConfigBytes.notAnObject(config);
        if (notJson.isPresent()) {
            return SourceResult.none(name(), cmdline.options(),
                    List.of(SourceDiagnostics.notJson(configPath(domid), notJson.get())));
        }
        return SourceResult.of(name(), config, cmdline.options(), List.of());
    }

    private SourceResult fallback(CommandLine cmdline) {
        if (startInfoCmdline.isEmpty()) {
            return SourceResult.none(name(), cmdline.options(), List.of());
        }
        return CmdlineSource.fallback("xen start_info cmdline", startInfoCmdline.get(), platform);
    }
}
