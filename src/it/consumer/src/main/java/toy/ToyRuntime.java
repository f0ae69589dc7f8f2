package toy;

import io.rumpcfg.BootSettings;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.exec.BootReport;

/** The toy runtime's boot step: one call into rumpcfg. */
public final class ToyRuntime {
    private ToyRuntime() {}

    /** Boots {@code config} on {@code platform}; a guest that cannot boot halts with the report's lines. */
    public static BootReport boot(byte[] config, ToyPlatform platform) {
        BootReport report = Rumpcfg.boot(config, platform, BootSettings.DEFAULTS);
        if (!report.succeeded()) {
            throw new IllegalStateException("guest halted: " + String.join("; ", report.stepLines())
                    + report.diagnostics().stream().map(d -> " " + d.render("config")).reduce("", String::concat));
        }
        return report;
    }
}
