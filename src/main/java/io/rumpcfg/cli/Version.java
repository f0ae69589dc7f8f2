package io.rumpcfg.cli;

/** The version from the jar's manifest, or "dev" when run from classes. */
final class Version {
    private Version() {}

    /** What {@code --version} prints. */
    static String line() {
        return "rumpcfg " + version();
    }

    /** The version alone, as tools that name rumpcfg (a SARIF log) give it. */
    static String version() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
