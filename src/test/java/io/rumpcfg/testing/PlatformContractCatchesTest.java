package io.rumpcfg.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.SpawnRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The kit fails platforms that break the contract: each broken platform fails the test of its rule. */
class PlatformContractCatchesTest {
    @FunctionalInterface
    private interface Behaviour {
        Object call(FakePlatform fake, Object[] args) throws Exception;
    }

    /** The kit over the fake, with one platform method replaced by {@code behaviour}. */
    private static final class Broken extends PlatformContract {
        private final FakePlatformContractTest real = new FakePlatformContractTest();
        private final String method;
        private final Behaviour behaviour;
        private FakePlatform fake;

        Broken(String method, Behaviour behaviour) throws Exception {
            this.method = method;
            this.behaviour = behaviour;
            createPlatform();
        }

        @Override
        protected Platform newPlatform() {
            fake = (FakePlatform) real.newPlatform();
            return (Platform) Proxy.newProxyInstance(Platform.class.getClassLoader(), new Class<?>[] {Platform.class},
                    (proxy, m, args) -> {
                        try {
                            return m.getName().equals(method) ? behaviour.call(fake, args) : m.invoke(fake, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        protected String stdoutOf(Platform platform, Program program) {
            return real.stdoutOf(fake, program);
        }

        @Override
        protected String workdirOf(Platform platform, Program program) {
            return real.workdirOf(fake, program);
        }
    }

    @Test
    void aWriteFileThatAppendsFailsTheReplaceTest() throws Exception {
        Broken kit = new Broken("writeFile", (fake, args) -> {
            String path = (String) args[0];
            byte[] old = fake.file(path).orElse(new byte[0]);
            byte[] add = (byte[]) args[1];
            byte[] both = new byte[old.length + add.length];
            System.arraycopy(old, 0, both, 0, old.length);
            System.arraycopy(add, 0, both, old.length, add.length);
            fake.writeFile(path, both);
            return null;
        });
        assertThatThrownBy(kit::writeFileReplacesTheWholeFile).isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void aSpawnThatDropsTheEnvironmentFailsTheEnvTest() throws Exception {
        Broken kit = new Broken("spawn", (fake, args) -> {
            SpawnRequest r = (SpawnRequest) args[0];
            return fake.spawn(new SpawnRequest(r.bin(), r.argv(), Map.of(), r.workdir(), r.sysctl(), r.stdinFrom(), r.pipeStdout()));
        });
        assertThatThrownBy(kit::spawnPassesEnv).isInstanceOf(AssertionFailedError.class).hasMessageContaining("env TZ=UTC");
    }

    @Test
    void aSpawnThatIgnoresTheWorkdirFailsTheWorkdirTest() throws Exception {
        Broken kit = new Broken("spawn", (fake, args) -> {
            SpawnRequest r = (SpawnRequest) args[0];
            return fake.spawn(new SpawnRequest(r.bin(), r.argv(), r.env(), "/", r.sysctl(), r.stdinFrom(), r.pipeStdout()));
        });
        assertThatThrownBy(kit::spawnStartsTheProgramInItsWorkdir).isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void aMountThatCreatesItsDirectoryFailsTheEnoentTest() throws Exception {
        Broken kit = new Broken("mount", (fake, args) -> {
            fake.mkdirs((String) args[2]);
            @SuppressWarnings("unchecked")
            Map<String, String> options = (Map<String, String>) args[3];
            fake.mount((String) args[0], (String) args[1], (String) args[2], options);
            return null;
        });
        assertThatThrownBy(kit::mountOnAMissingDirectoryFailsWithEnoent).isInstanceOf(AssertionFailedError.class);
    }
}
