package io.rumpcfg.source.xen;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test with a fresh {@link FakeXenstored} on a socket in its own temporary directory. */
abstract class WithFakeXenstored {
    @TempDir
    Path dir;

    FakeXenstored daemon;

    @BeforeEach
    void startDaemon() throws Exception {
        daemon = FakeXenstored.start(dir);
    }

    @AfterEach
    void stopDaemon() {
        daemon.close();
    }
}
