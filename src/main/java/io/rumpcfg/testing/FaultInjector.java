package io.rumpcfg.testing;

import io.rumpcfg.exec.ExecListener;
import io.rumpcfg.exec.StepFailure;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.PlatformException;
import java.util.List;

/** Decides which platform call fails: every call a call fault names, and a faulted step's first call. */
final class FaultInjector {
    private final List<Fault> faults;
    private final Object lock;
    private String currentStep;

    FaultInjector(List<Fault> faults, Object lock) {
        this.faults = List.copyOf(faults);
        this.lock = lock;
    }

    /** Throws the fault injected for {@code call}, if any. Called with the platform's lock held. */
    void check(String call) throws PlatformException {
        for (Fault f : faults) {
            if (f.target().equals(call)) {
                throw new PlatformException(f.errno(), "injected fault for call " + call);
            }
            if (currentStep != null && f.target().equals(currentStep)) {
                String step = currentStep;
                currentStep = null; // a step fault fires once, on the step's first call
                throw new PlatformException(f.errno(), "injected fault for step " + step + " (at " + call + ")");
            }
        }
    }

    private void current(String stepId) {
        synchronized (lock) {
            currentStep = stepId;
        }
    }

    ExecListener tracker() {
        return new ExecListener() {
            @Override
            public void stepStarting(Step step) {
                current(step.id());
            }

            @Override
            public void stepApplied(Step step) {
                current(null);
            }

            @Override
            public void stepFailed(StepFailure failure) {
                current(null);
            }
        };
    }
}
