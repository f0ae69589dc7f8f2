package io.rumpcfg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MountPathsTest {

    @ParameterizedTest
    @CsvSource({
        "/,              a.iso,            /a.iso",
        "/boot,          images/disc.iso,  /boot/images/disc.iso",
        "/boot/,         ./images//x.iso,  /boot/images/x.iso",
        "/boot,          ../../etc/x,      /etc/x",
        "/boot,          /abs/./y/../z,    /abs/z",
        "/,              /data/,           /data",
        "/,              //,               /",
    })
    void resolvesAgainstTheBaseDirectoryAndNormalises(String base, String path, String resolved) {
        assertThat(MountPaths.resolve(base, path)).isEqualTo(resolved);
    }

    @ParameterizedTest
    @CsvSource({"/a/b, /a", "/a, /", "/, ''"})
    void theParentOfAPath(String path, String parent) {
        assertThat(MountPaths.parent(path)).isEqualTo(parent.isEmpty() ? Optional.empty() : Optional.of(parent));
    }

    @Test
    void theNearestMountIsFoundByWalkingUpOneLookUpPerLevel() {
        Map<String, String> mounts = Map.of("/", "root", "/data", "data");
        WorkCount work = new WorkCount();

        assertThat(MountPaths.nearest(mounts, "/data/cache/x", work)).contains("data");
        assertThat(work.units()).isEqualTo(3);
        assertThat(MountPaths.nearest(mounts, "/data", work)).contains("data");
        assertThat(MountPaths.nearestAbove(mounts, "/data", work)).contains("root");
        assertThat(MountPaths.nearestAbove(mounts, "/", work)).isEmpty();
        assertThat(MountPaths.nearest(Map.of("/data", "data"), "/database/x", work)).isEmpty();
    }
}
