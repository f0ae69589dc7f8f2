package io.rumpcfg.testing;

import java.util.Optional;

/** Assertions over one file of a {@link FakePlatform} after a boot, read as UTF-8 text. */
public final class FileAssert {
    private final BootAssert boot;
    private final String path;
    private final Optional<String> content;

    FileAssert(BootAssert boot, String path, Optional<String> content) {
        this.boot = boot;
        this.path = path;
        this.content = content;
    }

    /** Fails unless the file exists. */
    public FileAssert exists() {
        text();
        return this;
    }

    /** Fails if the file exists. */
    public FileAssert doesNotExist() {
        if (content.isPresent()) {
            throw Failures.fail("expected no file " + path, "no file", content.get());
        }
        return this;
    }

    /** Fails unless the file contains {@code text}. */
    public FileAssert contains(String text) {
        if (!text().contains(text)) {
            throw Failures.fail(path + ": expected content containing \"" + text + "\"", text, text());
        }
        return this;
    }

    /** Fails unless the file's whole content is {@code expected}. */
    public FileAssert hasContent(String expected) {
        if (!text().equals(expected)) {
            throw Failures.fail(path + ": expected the content", expected, text());
        }
        return this;
    }

    /** Back to the boot, for more assertions. */
    public BootAssert and() {
        return boot;
    }

    private String text() {
        return content.orElseThrow(() -> Failures.fail("expected a file " + path, path, "no such file; files: "
                + boot.platform().files()));
    }
}
