package io.rumpcfg.testing;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.Program;

/** The fake honours the Platform SPI contract. */
class FakePlatformContractTest extends PlatformContract {
    @Override
    protected Platform newPlatform() {
        FakePlatformBuilder builder = FakePlatform.builder();
        for (Probe probe : Probe.values()) {
            builder.bin(probe.binName(), probe.asBakedBinary());
        }
        return builder.build();
    }

    @Override
    protected String stdoutOf(Platform platform, Program program) {
        return record(platform, program).output();
    }

    @Override
    protected String workdirOf(Platform platform, Program program) {
        // A fake binary has no working directory of its own; the fake's record is its truth.
        return record(platform, program).workdir();
    }

    private static ProgramRecord record(Platform platform, Program program) {
        FakePlatform fake = (FakePlatform) platform;
        return fake.programs().stream().filter(r -> r.number() == ((FakeProgram) program).number())
                .findFirst().orElseThrow();
    }
}
