package io.rumpcfg.cli;

import io.rumpcfg.exec.ExecListener;
import io.rumpcfg.exec.StepFailure;
import io.rumpcfg.plan.Step;
import io.rumpcfg.platform.ProgramOutput;
import java.io.PrintWriter;

/**
 * What {@code run} prints while a platform with real processes applies a configuration: each
 * step's line ({@code applied ID}, {@code FAILED ID: cause}, {@code not run ID}) when it
 * happens, and each line a program writes, as {@code rc:N| text} (stdout) or
 * {@code rc:N! text} (stderr), N being the program's rc index. Lines come from several
 * threads: each is printed whole and flushed.
 */
final class LiveOutput implements ExecListener, ProgramOutput {
    private final PrintWriter out;

    LiveOutput(PrintWriter out) {
        this.out = out;
    }

    private void print(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    @Override
    public void stepApplied(Step step) {
        print("applied " + step.id());
    }

    @Override
    public void stepFailed(StepFailure failure) {
        print("FAILED " + failure.describe());
    }

    @Override
    public void stepNotRun(Step step) {
        print("not run " + step.id());
    }

    @Override
    public void line(int program, Stream stream, String text) {
        print("rc:" + program + (stream == Stream.STDOUT ? "| " : "! ") + text);
    }
}
