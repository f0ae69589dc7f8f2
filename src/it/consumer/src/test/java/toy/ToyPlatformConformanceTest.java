package toy;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.testing.ConformanceKit;
import io.rumpcfg.testing.ConformanceVector;
import io.rumpcfg.testing.PlatformState;

/** Every conformance vector shipped in the rumpcfg jar, on the toy platform. */
class ToyPlatformConformanceTest extends ConformanceKit {
    @Override
    protected Platform newPlatform(ConformanceVector vector) {
        return new ToyPlatform(vector.fakePlatform());
    }

    @Override
    protected PlatformState stateOf(Platform platform) {
        ToyPlatform toy = (ToyPlatform) platform;
        // The machine underneath holds files, devices, mounts, network and programs; the toy
        // platform itself holds sysctl and the environment.
        return PlatformState.of(toy.machine()).sysctl(toy.sysctls()).env(toy.environment());
    }
}
