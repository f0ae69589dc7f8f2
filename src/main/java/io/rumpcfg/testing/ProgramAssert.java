package io.rumpcfg.testing;

import java.util.List;
import java.util.OptionalInt;

/** Assertions over one program a {@link FakePlatform} started, after it exited. */
public final class ProgramAssert {
    private final BootAssert boot;
    private final ProgramRecord program;

    ProgramAssert(BootAssert boot, ProgramRecord program) {
        this.boot = boot;
        this.program = program;
    }

    /** The record behind these assertions. */
    public ProgramRecord record() {
        return program;
    }

    /** Fails unless the program was started from baked binary {@code bin}. */
    public ProgramAssert hasBin(String bin) {
        if (!program.bin().equals(bin)) {
            throw Failures.fail(name() + ": expected the binary", bin, program.bin());
        }
        return this;
    }

    /** Fails unless the program's whole argv, argv[0] included, is {@code argv}. */
    public ProgramAssert hasArgv(String... argv) {
        if (!program.argv().equals(List.of(argv))) {
            throw Failures.fail(name() + ": expected the argv", List.of(argv), program.argv());
        }
        return this;
    }

    /** Fails unless the program started in {@code workdir}. */
    public ProgramAssert hasWorkdir(String workdir) {
        if (!program.workdir().equals(workdir)) {
            throw Failures.fail(name() + ": expected the workdir", workdir, program.workdir());
        }
        return this;
    }

    /** Fails unless the program's environment has {@code name} set to {@code value}. */
    public ProgramAssert hasEnv(String name, String value) {
        if (!value.equals(program.env().get(name))) {
            throw Failures.fail(name() + ": expected the variable " + name, name + "=" + value, program.env());
        }
        return this;
    }

    /** Fails unless the program exited with {@code status}. */
    public ProgramAssert exitedWith(int status) {
        if (!program.exitCode().equals(OptionalInt.of(status))) {
            throw Failures.fail(name() + ": expected the exit status", status,
                    program.exitCode().isPresent() ? program.exitCode().getAsInt() : "still running");
        }
        return this;
    }

    /** Fails unless what the program wrote to its (not piped) stdout contains {@code text}. */
    public ProgramAssert printed(String text) {
        if (!program.output().contains(text)) {
            throw Failures.fail(name() + ": expected stdout containing \"" + text + "\"", text, program.output());
        }
        return this;
    }

    /**
     * Fails unless this program's stdin was the piped stdout of program {@code number}: the
     * pipe was set up between the two ({@code "|"} on that entry).
     */
    public ProgramAssert receivedStdoutOf(int number) {
        if (!program.stdinFrom().equals(OptionalInt.of(number))) {
            throw Failures.fail(name() + ": expected stdin from program #" + number, "#" + number,
                    program.stdinFrom().isPresent() ? "#" + program.stdinFrom().getAsInt() : "an empty stdin");
        }
        return this;
    }

    /** Fails unless what the program read from its stdin contains {@code text}. */
    public ProgramAssert readFromStdin(String text) {
        if (!program.input().contains(text)) {
            throw Failures.fail(name() + ": expected stdin containing \"" + text + "\"", text, program.input());
        }
        return this;
    }

    /** What the program read from its stdin. */
    public String stdin() {
        return program.input();
    }

    /** Back to the boot, for more assertions. */
    public BootAssert and() {
        return boot;
    }

    private String name() {
        return "program #" + program.number() + " (" + program.bin() + ")";
    }
}
