package io.rumpcfg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.parse.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A mount at / (the Solo5 forks union-mount the container's root there, as nabla runnc
 * writes it): everything beneath it waits for it, and it waits only for its device.
 */
class RootMountTest {
    private static final String NABLA = "{\"cmdline\": \"node /hello/cwd.js\","
            + " \"blk\": {\"source\": \"etfs\", \"path\": \"/dev/ld0a\", \"fstype\": \"blk\", \"mountpoint\": \"/\"},"
            + " \"blk\": {\"source\": \"vnd\", \"path\": \"/images/data.iso\", \"fstype\": \"blk\", \"mountpoint\": \"/data\"},"
            + " \"cwd\": \"/hello\"}";

    private static Map<String, List<String>> after(String json) {
        Checked checked = Rumpcfg.check(json.getBytes(StandardCharsets.UTF_8), ParseOptions.DEFAULTS.withBins(List.of("node")),
                PlanOptions.DEFAULTS.withBins(List.of("node")));
        Plan plan = checked.plan().orElseThrow();
        return plan.steps().stream().collect(Collectors.toMap(Step::id,
                s -> plan.dependenciesOf(s).stream().map(Dependency::stepId).sorted().collect(Collectors.toList())));
    }

    @Test
    void theMountAtRootWaitsOnlyForItsDevice() {
        assertThat(after(NABLA).get("mount:/")).containsExactly("blk:ld0a");
    }

    @Test
    void mountsVndFilesAndWorkdirsBeneathRootWaitForIt() {
        Map<String, List<String>> after = after(NABLA);

        assertThat(after.get("blk:vnd0")).containsExactly("mount:/");
        assertThat(after.get("mount:/data")).contains("mount:/", "blk:vnd0");
        assertThat(after.get("rc:0")).contains("mount:/");
    }
}
