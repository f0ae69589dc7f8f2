package io.rumpcfg.model;

/** How bad a diagnostic is. Errors make a configuration invalid; warnings do not. */
public enum Severity {
    /** Worth a look; the configuration is still valid (unless {@code --deny-warnings} makes it an error). */
    WARNING("warning"),
    /** The configuration is invalid: it is not planned or applied. */
    ERROR("error");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word used in a rendered diagnostic line. */
    public String label() {
        return label;
    }
}
