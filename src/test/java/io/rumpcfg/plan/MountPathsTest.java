package io.rumpcfg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    @CsvSource({
        "/,           /",
        "//,          /",
        "'',          /",
        "a/b,         /a/b",
        "/a/,         /a",
        "/a//b,       /a/b",
        "/a/./b/.,    /a/b",
        "/.,          /",
        "/..,         /",
        "/a/..,       /",
        "/./a,        /a",
        "/../a,       /a",
        "/a/b/..,     /a",
        "/../a,       /a",
        "/a/.b/..c,   /a/.b/..c",
        "/.../a,      /.../a",
    })
    void normalisesToTheOneSpelling(String path, String normal) {
        assertThat(MountPaths.normalise(path)).isEqualTo(normal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/data", "/data/cache/x", "/a/.b/..c", "/.a", "/a.", "/..a/b..", "/x/..."})
    void aPathAlreadyInItsOneSpellingComesBackUncopied(String path) {
        assertThat(MountPaths.normalise(path)).isSameAs(path);
    }

    @Test
    void theNearestMountIsTheDeepestAtOrAboveThePath() {
        MountTable mounts = new MountTable(2, 0);
        mounts.put("/");
        mounts.put("/data");

        assertThat(mounts.nearest("/data/cache/x")).isEqualTo(1);
        assertThat(mounts.nearest("/data")).isEqualTo(1);
        assertThat(mounts.nearestAbove("/data")).isEqualTo(0);
        assertThat(mounts.nearestAbove("/data/cache")).isEqualTo(1);
        assertThat(mounts.nearestAbove("/")).isEqualTo(MountTable.NONE);
    }

    @ParameterizedTest
    @CsvSource({
        "/a/b/c/d/e/f/g/h/i/j/k/l/m,  false, 2",
        "/a/b/c/d/e/f/g/h/i/j/k/l/m,  true,  2",
        "/a/b/c,                      false, 1",
        "/a/b/c,                      true,  2",
        "/a/b,                        false, 1",
        "/a,                          false, 0",
        "/x,                          false, 0",
        "/x/y,                        true,  0",
        "/ab/c,                       false, 0",
    })
    void aPathLiesOnItsNearestMountedAncestorAtAnyDepth(String path, boolean itself, int mount) {
        MountTable mounts = new MountTable(3, 0);
        mounts.put("/");
        mounts.put("/a");
        mounts.put("/a/b/c");

        assertThat(itself ? mounts.nearest(path) : mounts.nearestAbove(path)).isEqualTo(mount);
    }

    @Test
    void aSiblingWhoseNameSharesAPrefixIsNoAncestor() {
        MountTable mounts = new MountTable(1, 7);
        mounts.put("/data");

        assertThat(mounts.nearest("/data/x")).isEqualTo(7);
        assertThat(mounts.nearest("/database/x")).isEqualTo(MountTable.NONE);
        assertThat(mounts.nearest("/")).isEqualTo(MountTable.NONE);
    }

    @Test
    void aLaterMountAtTheSameMountpointIsKept() {
        MountTable mounts = new MountTable(2, 0);
        mounts.put("/data");
        mounts.put("/data");

        assertThat(mounts.nearest("/data/x")).isEqualTo(1);
    }

    @Test
    void aFullTableStillFindsEveryMount() {
        int n = 100;
        MountTable mounts = new MountTable(n, 0);
        for (int i = 0; i < n; i++) {
            mounts.put("/m" + i);
        }
        for (int i = 0; i < n; i++) {
            assertThat(mounts.nearest("/m" + i + "/x/y")).isEqualTo(i);
        }
    }
}
