package io.rumpcfg.testing;

import io.rumpcfg.BootSettings;
import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.exec.BootReport;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The conformance vectors of the rumpcfg jar as JUnit 5 tests, run against any
 * {@link Platform}: one dynamic test per {@link ConformanceVector}. A runtime author extends
 * this class with a factory for a fresh platform set up as a vector says, and a way to observe
 * what the platform holds after the boot:
 *
 * <pre>{@code
 * class MyPlatformConformanceTest extends ConformanceKit {
 *     protected Platform newPlatform(ConformanceVector v) { ... bake in v.bins(), declare v.devices() ... }
 *     protected PlatformState stateOf(Platform p) { return new PlatformState().files(...).mounts(...); }
 * }
 * }</pre>
 *
 * <p>Each test checks rumpcfg's verdict, diagnostics (severity, path, line, code) and plan
 * against the vector; where the vector gives a state, it boots the document on the platform
 * with {@link Rumpcfg#boot(byte[], Platform, BootSettings)} and compares the outcome, the
 * failed step and the steps not run, then each part of the state that {@link #stateOf} set.
 * docs/conformance.md lists what the vectors assume of the platform: every baked binary prints
 * its argv and copies its stdin ({@link ConformanceVector#exitStatus}), a vnd backing file need
 * not exist, a disk configured by {@code blk} holds ffs, and the rest.
 */
@Timeout(60)
public abstract class ConformanceKit {
    private static final List<String> STATE_PARTS =
            List.of("sysctl", "env", "interfaces", "routes", "devices", "mounts", "files", "programs");

    /** For a subclass, which says how to make a platform and how to read its state. */
    protected ConformanceKit() {}

    /**
     * A fresh platform with nothing applied, set up as {@code vector} says: each of
     * {@link ConformanceVector#bins()} baked in, printing its argv joined by spaces and a
     * newline, then copying its stdin to its stdout, then exiting with
     * {@link ConformanceVector#exitStatus}; each of {@link ConformanceVector#devices()} present
     * and holding its file system. {@link ConformanceVector#fakePlatform()} is such a platform.
     *
     * @throws Exception when the platform cannot be set up; the vector's test fails with it
     */
    protected abstract Platform newPlatform(ConformanceVector vector) throws Exception;

    /**
     * What {@code platform} holds once the boot has returned (every program has exited).
     *
     * @throws Exception when the state cannot be read; the vector's test fails with it
     */
    protected abstract PlatformState stateOf(Platform platform) throws Exception;

    /** The vectors to run: all of them. A subclass may leave some out, saying why. */
    protected List<ConformanceVector> vectors() {
        return ConformanceVector.all();
    }

    @TestFactory
    Stream<DynamicTest> everyVector() {
        return vectors().stream().map(v -> DynamicTest.dynamicTest(v.name(), v.source(), () -> check(v)));
    }

    /**
     * Runs one vector.
     *
     * @throws org.opentest4j.AssertionFailedError naming every part that differs
     * @throws Exception                           what {@link #newPlatform} or {@link #stateOf} threw
     */
    protected final void check(ConformanceVector vector) throws Exception {
        ParseOptions parse = ParseOptions.DEFAULTS.withStrict(vector.strict());
        if (vector.bins().isPresent()) {
            parse = parse.withBins(vector.bins().get());
        }
        Map<String, Object> expect = vector.expect();
        Map<String, Object> expected = new LinkedHashMap<>();
        Map<String, Object> found = new LinkedHashMap<>();
        Checked checked = Rumpcfg.check(vector.document(), parse, PlanOptions.DEFAULTS);
        compare("valid", expect.get("valid"), checked.isValid(), expected, found);
        compare("diagnostics", expect.get("diagnostics"), diagnostics(checked.diagnostics()), expected, found);
        if (expect.containsKey("plan")) {
            List<Object> plan = new ArrayList<>();
            checked.plan().ifPresent(p -> p.steps().forEach(s -> plan.add(s.id())));
            compare("plan", expect.get("plan"), plan, expected, found);
        }
        Map<String, Object> state = KitJson.object(expect, "state");
        List<String> steps = List.of();
        if (vector.boots()) {
            Platform platform = newPlatform(vector);
            BootReport report = Rumpcfg.boot(vector.document(), platform, BootSettings.DEFAULTS.withParse(parse));
            PlatformState seen = stateOf(platform);
            for (Map.Entry<String, Object> e : state.entrySet()) {
                Optional<Object> actual = actual(e.getKey(), report, seen);
                if (actual.isPresent()) {
                    compare("state." + e.getKey(), e.getValue(), actual.get(), expected, found);
                }
            }
            steps = report.stepLines();
        }
        if (!expected.isEmpty()) {
            StringBuilder what = new StringBuilder("conformance vector ").append(vector.name()).append(" (")
                    .append(vector.rule()).append(": ").append(vector.description()).append(")");
            for (Map.Entry<String, Object> e : expected.entrySet()) {
                what.append("\n  ").append(e.getKey()).append("\n    expected: ").append(KitJson.write(e.getValue()))
                        .append("\n    found:    ").append(KitJson.write(found.get(e.getKey())));
            }
            if (!steps.isEmpty()) {
                what.append("\n  the boot's steps:");
                steps.forEach(line -> what.append("\n    ").append(line));
            }
            throw Failures.fail(what.toString());
        }
    }

    private static void compare(String part, Object expected, Object actual, Map<String, Object> expectedOut,
            Map<String, Object> foundOut) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            expectedOut.put(part, expected);
            foundOut.put(part, actual);
        }
    }

    private static Optional<Object> actual(String key, BootReport report, PlatformState seen) {
        switch (key) {
            case "outcome":
                return Optional.of(report.outcome().toString().toLowerCase(Locale.ROOT));
            case "failedStep":
                return Optional.of(report.failed().map(f -> (Object) f.id()).orElse("(none)"));
            case "notRun": {
                List<Object> ids = new ArrayList<>();
                report.notRun().stream().map(Step::id).forEach(ids::add);
                return Optional.of(ids);
            }
            default:
                if (!STATE_PARTS.contains(key)) {
                    throw new IllegalStateException("a vector's state has no part \"" + key + "\" (docs/conformance.md)");
                }
                return seen.part(key);
        }
    }

    private static List<Object> diagnostics(List<Diagnostic> diagnostics) {
        List<Object> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("severity", d.severity().toString().toLowerCase(Locale.ROOT));
            n.put("path", d.path().toString());
            n.put("line", (long) d.position().line());
            n.put("code", d.code().id());
            out.add(n);
        }
        return out;
    }
}
