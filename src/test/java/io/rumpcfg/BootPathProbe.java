package io.rumpcfg;

import io.rumpcfg.exec.BootReport;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanFormat;
import io.rumpcfg.plan.PlanOptions;
import io.rumpcfg.plan.PlanWriter;
import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.SpawnRequest;
import io.rumpcfg.source.SourceContext;
import io.rumpcfg.source.SourceResult;
import io.rumpcfg.source.spec.Sources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The boot path, run once in a fresh JVM for {@link BootPathClassesTest}: what {@code rumpcfg
 * plan FILE} does (parse the source spec, read the file, check, print the plan as text), then
 * what a runtime does ({@link Rumpcfg#boot} of what was read) on a platform that accepts every
 * call. Written as the library is, with no lambda, stream or regex of its own, so that what the
 * JVM loads is the library's doing.
 */
final class BootPathProbe {
    private BootPathProbe() {}

    public static void main(String[] args) throws Exception {
        SourceResult read = Sources.parse(args[0]).spec().orElseThrow().open(SourceContext.DEFAULTS).read();
        Checked checked = Rumpcfg.check(read.config().orElseThrow(), ParseOptions.DEFAULTS, PlanOptions.DEFAULTS);
        System.out.print(PlanWriter.render(checked.plan().orElseThrow(), PlanFormat.TEXT, false));
        List<String> bins = new ArrayList<>();
        for (RcEntry entry : checked.config().orElseThrow().rc().orElse(List.of())) {
            bins.add(entry.bin());
        }
        BootReport report = Rumpcfg.boot(read, new AcceptingPlatform(bins), BootSettings.DEFAULTS);
        for (Diagnostic d : report.diagnostics()) {
            System.out.println(d.render(args[0]));
        }
        System.out.println("outcome ".concat(report.outcome().name()));
    }

    /** Takes every call; each program exits 0 at once. */
    private static final class AcceptingPlatform implements Platform {
        private final List<String> baked;

        AcceptingPlatform(List<String> baked) {
            this.baked = baked;
        }

        @Override
        public void sysctl(String key, String value) {}

        @Override
        public void setenv(String name, String value) {}

        @Override
        public void ifcreate(String ifname) {}

        @Override
        public void dhcp4(String ifname) {}

        @Override
        public void ifaddr4(String ifname, String address, int prefix) {}

        @Override
        public void auto6(String ifname) {}

        @Override
        public void ifaddr6(String ifname, String address, int prefix) {}

        @Override
        public void gateway4(String address) {}

        @Override
        public void gateway6(String address) {}

        @Override
        public void mkdirs(String path) {}

        @Override
        public void writeFile(String path, byte[] content) {}

        @Override
        public byte[] readFile(String path, int maxBytes) throws PlatformException {
            throw new PlatformException(Errno.ENOENT, path);
        }

        @Override
        public void etfsRegister(String device, String hostPath) {}

        @Override
        public void vndConfigure(int unit, String file, boolean readOnly) {}

        @Override
        public void mount(String fstype, String source, String mountpoint, Map<String, String> options) {}

        @Override
        public List<String> bakedBinaries() {
            return baked;
        }

        @Override
        public Program spawn(SpawnRequest request) {
            return new Program() {
                @Override
                public int waitFor() {
                    return 0;
                }
            };
        }
    }
}
