package io.rumpcfg.cli;

import io.rumpcfg.convert.OlderDialect;
import io.rumpcfg.convert.OlderOptions;
import io.rumpcfg.launch.IsoImage;
import io.rumpcfg.launch.LaunchRunner;
import io.rumpcfg.launch.ShellScript;
import io.rumpcfg.source.spec.Sources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code rumpcfg image}: a bootable ISO of a hw guest with its configuration as the first multiboot module. */
final class ImageCommand implements Command {
    /** What grub-mkrescue needs besides itself, and where each comes from. */
    static final String NEEDS = "Debian's packages grub-pc-bin and xorriso";

    static final Usage USAGE = CheckOptions.declare(Usage.of(Subcommand.IMAGE.token(),
                    "Makes a bootable ISO of a hw guest and its configuration.")
                    .details("Validates FILE for hw and writes OUT.iso with Debian's grub-mkrescue (packages grub-pc-bin "
                            + "and xorriso): GRUB boots the kernel as a multiboot kernel with the configuration as its "
                            + "first module, for bare metal, a cloud or any PC hypervisor.")
                    .operands(Specs.ONE_FILE)
                    .operand(Specs.ONE_FILE, Specs.ONE_FILE_HELP))
            .required("--kernel", "FILE", "The unikernel to boot.")
            .required("-o", "--output", "OUT.iso", "The image to write.")
            .option("--format", "FORMAT", "current (the default) or older (also spelt legacy): the format the guest reads.")
            .flag("--lossy", "With the older format: leave out, with a warning each, what it cannot express.")
            .flag("--dry-run", "Print the commands as a shell script instead of running them.")
            .exitCode("1", "invalid configuration; nothing written")
            .exitCode("2", "usage error")
            .exitCode("4", "a file could not be read or written")
            .exitCode("127", "grub-mkrescue, xorriso or GRUB's BIOS modules are missing; nothing written")
            .exitCode("*", "otherwise the status of grub-mkrescue")
            .build();

    private final CheckOptions check;
    private final String source;
    private final Path kernel;
    private final Path output;
    private final boolean older;
    private final boolean lossy;
    private final boolean dryRun;

    ImageCommand(Args args) {
        check = new CheckOptions(args);
        kernel = Path.of(args.required("--kernel"));
        output = Path.of(args.required("--output"));
        older = GuestDocument.isOlder(args.value("--format").orElse("current"));
        lossy = args.flag("--lossy");
        dryRun = args.flag("--dry-run");
        source = Specs.one(args.operands(), check.source);
    }

    @Override
    public int call(Io io) {
        PrintWriter err = io.err();
        Optional<Path> kernelFile = HostFiles.existing("--kernel", kernel, err);
        if (kernelFile.isEmpty()) {
            return ExitCode.UNREADABLE;
        }
        Loaded loaded = Loaded.loadConfiguration(source, io.stdin(), check, err);
        if (!loaded.isValid()) {
            return loaded.exitCode();
        }
        Optional<byte[]> document = GuestDocument.of(loaded, older, new OlderOptions(OlderDialect.MASTER,
                lossy, check.bins.isEmpty() ? Optional.empty() : Optional.of(check.bins)), Sources.Target.HW, check, err);
        if (document.isEmpty()) {
            return ExitCode.INVALID;
        }
        Path out = output.toAbsolutePath().normalize();
        if (dryRun) {
            PrintWriter stdout = io.out();
            stdout.print(ShellScript.render("rumpcfg image " + loaded.source().orElseThrow().name()
                    + ": the commands it runs", IsoImage.actions(kernelFile.get(), document.get(), out)));
            stdout.flush();
            return ExitCode.OK;
        }
        LaunchRunner runner = new LaunchRunner(System.getenv(), err);
        if (runner.find("xorriso").isEmpty() || !Files.isDirectory(IsoImage.GRUB_PC_MODULES)) {
            err.println("rumpcfg: grub-mkrescue needs xorriso and GRUB's BIOS modules ("
                    + IsoImage.GRUB_PC_MODULES + "): " + NEEDS + "; nothing was written");
            err.flush();
            return LaunchRunner.NOT_FOUND;
        }
        return LaunchCommand.runStoppable(runner, IsoImage.actions(kernelFile.get(), document.get(), out),
                Map.of(IsoImage.PROGRAM, "Debian's package grub-common has it, with " + NEEDS));
    }
}
