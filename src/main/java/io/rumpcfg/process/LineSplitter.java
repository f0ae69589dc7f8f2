package io.rumpcfg.process;

import io.rumpcfg.platform.ProgramOutput;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Cuts a program's stream into lines and hands each to a {@link ProgramOutput} as soon as its
 * end arrives, so that output shows while the program runs. A line is bounded: past
 * {@link #MAX_LINE} bytes the piece so far is handed on, as a program may never write a
 * newline.
 */
public final class LineSplitter extends OutputStream {
    /** The longest line handed on whole. */
    static final int MAX_LINE = 64 * 1024;

    private final ProgramOutput sink;
    private final int program;
    private final ProgramOutput.Stream stream;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    /** Lines of program {@code program}'s {@code stream}, to {@code sink}. */
    public LineSplitter(ProgramOutput sink, int program, ProgramOutput.Stream stream) {
        this.sink = sink;
        this.program = program;
        this.stream = stream;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
            return;
        }
        line.write(b);
        if (line.size() >= MAX_LINE) {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n' || line.size() + i - start >= MAX_LINE) {
                line.write(bytes, start, i - start);
                emit();
                start = bytes[i] == '\n' ? i + 1 : i;
            }
        }
        line.write(bytes, start, end - start);
    }

    private void emit() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        sink.line(program, stream, text);
    }

    /** The stream ended: a last line without a newline is handed on too. */
    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            emit();
        }
    }
}
