package io.rumpcfg.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A multiboot kernel of a few instructions, assembled with binutils at test time: it stores the
 * boot loader's magic (EAX) and the multiboot information's address (EBX) at fixed places in
 * low memory, where a memory dump shows them, and halts.
 */
public final class TinyKernel {
    /** Where the kernel stores EBX, the multiboot information's address. */
    static final int INFO_POINTER = 0x500;
    /** Where it stores EAX: {@link #BOOTED} once a multiboot loader started it. */
    static final int MAGIC = 0x504;
    /** The magic a multiboot loader hands its kernel in EAX. */
    static final int BOOTED = 0x2BADB002;

    private static final String SOURCE = String.join("\n",
            "        .text",
            "        .globl _start",
            "        .align 4",
            "        .long 0x1BADB002          # multiboot header: magic",
            "        .long 0                   # flags: nothing asked of the loader",
            "        .long -0x1BADB002         # checksum",
            "_start:",
            "        movl %ebx, " + INFO_POINTER,
            "        movl %eax, " + MAGIC,
            "1:      cli",
            "        hlt",
            "        jmp 1b",
            "");

    private TinyKernel() {}

    /** Assembles and links the kernel in {@code dir}: a 32-bit ELF loaded at 1 MiB. */
    public static Path build(Path dir) throws IOException, InterruptedException {
        HostTools.require("as", "binutils");
        HostTools.require("ld", "binutils");
        Path source = Files.writeString(dir.resolve("tiny.s"), SOURCE);
        Path object = dir.resolve("tiny.o");
        Path kernel = dir.resolve("tiny.elf");
        run(dir, "as", "--32", "-o", object.toString(), source.toString());
        run(dir, "ld", "-m", "elf_i386", "-N", "-Ttext", "0x100000", "-e", "_start", "-o",
                kernel.toString(), object.toString());
        return kernel;
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Path log = dir.resolve("build.log");
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    }
}
