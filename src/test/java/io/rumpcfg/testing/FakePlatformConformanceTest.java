package io.rumpcfg.testing;

import io.rumpcfg.platform.Platform;

/** The fake passes every conformance vector through the kit a runtime author uses. */
class FakePlatformConformanceTest extends ConformanceKit {
    @Override
    protected Platform newPlatform(ConformanceVector vector) {
        return vector.fakePlatform();
    }

    @Override
    protected PlatformState stateOf(Platform platform) {
        return PlatformState.of((FakePlatform) platform);
    }
}
