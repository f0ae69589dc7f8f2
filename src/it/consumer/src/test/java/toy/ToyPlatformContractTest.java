package toy;

import io.rumpcfg.platform.Platform;
import io.rumpcfg.platform.Program;
import io.rumpcfg.testing.FakePlatform;
import io.rumpcfg.testing.FakePlatformBuilder;
import io.rumpcfg.testing.PlatformContract;
import io.rumpcfg.testing.ProgramRecord;
import io.rumpcfg.testing.Probe;

/** The Platform SPI's contract, from the rumpcfg jar, on the toy platform. */
class ToyPlatformContractTest extends PlatformContract {
    @Override
    protected Platform newPlatform() {
        FakePlatformBuilder machine = FakePlatform.builder();
        for (Probe probe : Probe.values()) {
            machine.bin(probe.binName(), probe.asBakedBinary());
        }
        return new ToyPlatform(machine.build());
    }

    @Override
    protected String stdoutOf(Platform platform, Program program) {
        return record(platform, program).output();
    }

    @Override
    protected String workdirOf(Platform platform, Program program) {
        return record(platform, program).workdir();
    }

    private static ProgramRecord record(Platform platform, Program program) {
        ToyPlatform toy = (ToyPlatform) platform;
        return toy.machine().programs().get(toy.numberOf(program));
    }
}
