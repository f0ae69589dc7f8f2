package io.rumpcfg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"rumpcfg " + version()};
    }

    /** The version alone, as tools that name rumpcfg (a SARIF log) give it. */
    static String version() {
        String version = RumpcfgCommand.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
