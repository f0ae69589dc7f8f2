package io.rumpcfg.model;

/** How bad a diagnostic is. Errors make a configuration invalid; warnings do not. */
public enum Severity {
    WARNING("warning"),
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
