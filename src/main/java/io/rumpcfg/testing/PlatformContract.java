package io.rumpcfg.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.MountOptions;
import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.PlatformException;
import io.rumpcfg.platform.Program;
import io.rumpcfg.platform.SpawnRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The platform conformance kit: the {@link Platform} SPI's contract as JUnit 5 tests. A
 * runtime author extends this class with a factory for a fresh platform whose baked binaries
 * include every {@link Probe}, and two ways to observe a finished program; every test below
 * then runs against that platform.
 *
 * <pre>{@code
 * class MyPlatformContractTest extends PlatformContract {
 *     protected Platform newPlatform() { ... bake each Probe under probe.binName() ... }
 *     protected String stdoutOf(Platform p, Program program) { ... }
 *     protected String workdirOf(Platform p, Program program) { ... }
 * }
 * }</pre>
 *
 * <p>The kit uses guest paths under {@code /kit}; the platform's file system must accept
 * them. It does not check argv[0], which a host-process platform may be unable to set.
 */
@Timeout(60)
public abstract class PlatformContract {
    private Platform platform;

    /** For a subclass, which says how to make the platform under test. */
    protected PlatformContract() {}

    /**
     * A fresh platform, nothing applied, with every {@link Probe} baked in under
     * {@link Probe#binName()}.
     *
     * @throws Exception when the platform cannot be set up; the test fails with it
     */
    protected abstract Platform newPlatform() throws Exception;

    /**
     * What {@code program} (finished: {@code waitFor} returned) wrote to its stdout, which was
     * not piped.
     *
     * @throws Exception when the output cannot be read; the test fails with it
     */
    protected abstract String stdoutOf(Platform platform, Program program) throws Exception;

    /**
     * The guest directory {@code program} (finished) started in, as the platform or the program
     * reports it.
     *
     * @throws Exception when it cannot be found out; the test fails with it
     */
    protected abstract String workdirOf(Platform platform, Program program) throws Exception;

    @BeforeEach
    final void createPlatform() throws Exception {
        platform = newPlatform();
    }

    /** The platform under test in the current test. */
    protected final Platform platform() {
        return platform;
    }

    @Test
    void bakedBinariesIncludeEveryProbe() throws Exception {
        List<String> baked = platform.bakedBinaries();
        assertTrue(baked.containsAll(Probe.binNames()), "baked binaries " + baked + " lack some of " + Probe.binNames());
    }

    @Test
    void writeFileThenReadFileGivesTheContent() throws Exception {
        platform.mkdirs("/kit");
        byte[] content = "nameserver 192.0.2.53\n".getBytes(StandardCharsets.UTF_8);
        platform.writeFile("/kit/resolv.conf", content);
        assertArrayEquals(content, platform.readFile("/kit/resolv.conf", 1024));
    }

    @Test
    void writeFileReplacesTheWholeFile() throws Exception {
        platform.mkdirs("/kit");
        platform.writeFile("/kit/f", "a much longer first content\n".getBytes(StandardCharsets.UTF_8));
        platform.writeFile("/kit/f", "short\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("short\n", new String(platform.readFile("/kit/f", 1024), StandardCharsets.UTF_8));
    }

    @Test
    void writeFileIsAtomicForReaders() throws Exception {
        platform.mkdirs("/kit");
        byte[] old = filled('o', 256 * 1024);
        byte[] neu = filled('n', 256 * 1024 + 7);
        platform.writeFile("/kit/big", old);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> torn = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                while (!done.get() && torn.get() == null) {
                    byte[] seen = platform.readFile("/kit/big", 1 << 20);
                    if (!Arrays.equals(seen, old) && !Arrays.equals(seen, neu)) {
                        torn.set(seen.length + " bytes, neither the old content nor the new");
                    }
                }
            } catch (PlatformException e) {
                torn.set("readFile failed while the file was replaced: " + e.getMessage());
            }
        }, "kit-reader");
        reader.start();
        for (int i = 0; i < 40; i++) {
            platform.writeFile("/kit/big", i % 2 == 0 ? neu : old);
        }
        done.set(true);
        reader.join();
        assertEquals(null, torn.get(), "a reader saw a partly written file");
    }

    @Test
    void writeFileInAMissingDirectoryFailsWithEnoent() {
        PlatformException e = assertThrows(PlatformException.class,
                () -> platform.writeFile("/kit-missing/resolv.conf", new byte[] {'x'}));
        assertEquals(Errno.ENOENT, e.errno(), e.getMessage());
    }

    @Test
    void mkdirsCreatesParentsAndIsIdempotent() throws Exception {
        platform.mkdirs("/kit/a/b/c");
        platform.mkdirs("/kit/a/b/c");
        platform.mkdirs("/kit/a");
        platform.writeFile("/kit/a/b/c/f", new byte[] {'x'});
        assertArrayEquals(new byte[] {'x'}, platform.readFile("/kit/a/b/c/f", 16));
    }

    @Test
    void mountOnAMissingDirectoryFailsWithEnoent() {
        PlatformException e = assertThrows(PlatformException.class,
                () -> platform.mount("tmpfs", "tmpfs", "/kit-missing", Map.of(MountOptions.SIZE, "1048576")));
        assertEquals(Errno.ENOENT, e.errno(), e.getMessage());
    }

    @Test
    void mountOnAnExistingDirectorySucceeds() throws Exception {
        platform.mkdirs("/kit/tmp");
        platform.mount("tmpfs", "tmpfs", "/kit/tmp", Map.of(MountOptions.SIZE, "1048576"));
    }

    @Test
    void spawnOfAnUnknownBinaryFailsWithEnoent() {
        PlatformException e = assertThrows(PlatformException.class,
                () -> platform.spawn(request("kit-no-such-binary", List.of(), Map.of(), "/")));
        assertEquals(Errno.ENOENT, e.errno(), e.getMessage());
    }

    @Test
    void spawnPassesArgv() throws Exception {
        List<String> args = List.of("-f", "/data/httpd.conf", "two words", "");
        String out = run(request(Probe.REPORT.binName(), args, Map.of(), "/"));
        List<String> seen = new ArrayList<>();
        out.lines().filter(l -> l.startsWith("arg ") || l.equals("arg")).forEach(l -> seen.add(l.length() > 4 ? l.substring(4) : ""));
        assertEquals(args, seen, "argv[1..] as the program saw them; its output was:\n" + out);
    }

    @Test
    void spawnPassesEnv() throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TZ", "UTC");
        env.put("KIT_SPACES", "a b  c");
        env.put("KIT_EMPTY", "");
        String out = run(request(Probe.REPORT.binName(), List.of(), env, "/"));
        for (Map.Entry<String, String> e : env.entrySet()) {
            String line = "env " + e.getKey() + "=" + e.getValue();
            assertTrue(out.lines().anyMatch(line::equals), "no line \"" + line + "\" in the program's output:\n" + out);
        }
    }

    @Test
    void spawnStartsTheProgramInItsWorkdir() throws Exception {
        platform.mkdirs("/kit/work");
        SpawnRequest request = request(Probe.REPORT.binName(), List.of(), Map.of(), "/kit/work");
        Program program = platform.spawn(request);
        assertEquals(0, program.waitFor());
        assertEquals("/kit/work", workdirOf(platform, program));
    }

    @Test
    void exitStatusesReachWaitFor() throws Exception {
        for (int status : new int[] {0, 1, 2, 42, 255}) {
            Program program = platform.spawn(request(Probe.EXIT.binName(), List.of(Integer.toString(status)), Map.of(), "/"));
            assertEquals(status, program.waitFor(), "the exit status of a program exiting " + status);
        }
    }

    @Test
    void aProgramWithoutAPipeReadsAnEmptyStdin() throws Exception {
        assertEquals("", run(request(Probe.CAT.binName(), List.of(), Map.of(), "/")));
    }

    @Test
    void aPipeCarriesStdoutIntoTheNextProgram() throws Exception {
        Program producer = platform.spawn(piped(Probe.REPORT.binName(), List.of("through the pipe"), Optional.empty()));
        Program consumer = platform.spawn(new SpawnRequest(Probe.CAT.binName(), List.of(Probe.CAT.binName()),
                Map.of(), "/", Map.of(), Optional.of(producer), false));
        assertEquals(0, consumer.waitFor());
        assertEquals(0, producer.waitFor());
        String out = stdoutOf(platform, consumer);
        assertTrue(out.lines().anyMatch("arg through the pipe"::equals), "the consumer's output:\n" + out);
    }

    @Test
    void aThreeStagePipelineCarriesStdoutThroughEveryStage() throws Exception {
        Program first = platform.spawn(piped(Probe.REPORT.binName(), List.of("stage 0"), Optional.empty()));
        Program middle = platform.spawn(piped(Probe.CAT.binName(), List.of(), Optional.of(first)));
        Program last = platform.spawn(new SpawnRequest(Probe.CAT.binName(), List.of(Probe.CAT.binName()),
                Map.of(), "/", Map.of(), Optional.of(middle), false));
        assertEquals(0, last.waitFor());
        assertEquals(0, middle.waitFor());
        assertEquals(0, first.waitFor());
        String out = stdoutOf(platform, last);
        assertTrue(out.lines().anyMatch("arg stage 0"::equals), "the last stage's output:\n" + out);
    }

    private String run(SpawnRequest request) throws Exception {
        Program program = platform.spawn(request);
        int status = program.waitFor();
        if (status != 0) {
            fail(request.bin() + " exited " + status);
        }
        return stdoutOf(platform, program);
    }

    private static SpawnRequest request(String bin, List<String> args, Map<String, String> env, String workdir) {
        return new SpawnRequest(bin, argv(bin, args), env, workdir, Map.of(), Optional.empty(), false);
    }

    private static SpawnRequest piped(String bin, List<String> args, Optional<Program> from) {
        return new SpawnRequest(bin, argv(bin, args), Map.of(), "/", Map.of(), from, true);
    }

    private static List<String> argv(String bin, List<String> args) {
        List<String> argv = new ArrayList<>();
        argv.add(bin);
        argv.addAll(args);
        return argv;
    }

    private static byte[] filled(char c, int length) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) c);
        return b;
    }
}
