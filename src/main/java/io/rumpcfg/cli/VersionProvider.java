package io.rumpcfg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RumpcfgCommand.class.getPackage().getImplementationVersion();
        return new String[] {"rumpcfg " + (version == null ? "dev" : version)};
    }
}
