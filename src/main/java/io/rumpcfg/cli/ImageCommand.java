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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rumpcfg image}: a bootable ISO of a hw guest with its configuration as the first multiboot module. */
@Command(
        name = "image",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "1:invalid configuration; nothing written",
            "2:usage error",
            "4:a file could not be read or written",
            "127:grub-mkrescue, xorriso or GRUB's BIOS modules are missing; nothing written",
            "*:otherwise the status of grub-mkrescue"
        },
        description = {
            "Makes a bootable ISO of a hw guest and its configuration.",
            "",
            "Validates FILE for hw and writes OUT.iso with Debian's grub-mkrescue (packages grub-pc-bin "
                    + "and xorriso): GRUB boots the kernel as a multiboot kernel with the configuration as its "
                    + "first module, for bare metal, a cloud or any PC hypervisor."
        })
final class ImageCommand implements Callable<Integer> {
    /** What grub-mkrescue needs besides itself, and where each comes from. */
    static final String NEEDS = "Debian's packages grub-pc-bin and xorriso";

    @Spec
    CommandSpec spec;

    @ParentCommand
    RumpcfgCommand root;

    @Mixin
    CheckOptions check;

    @Parameters(arity = "0..1", paramLabel = "[FILE]", hideParamSyntax = true, description = "The configuration; - reads standard input.")
    List<String> file = new ArrayList<>();

    @Option(names = "--kernel", required = true, paramLabel = "FILE", description = "The unikernel to boot.")
    Path kernel;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.iso", description = "The image to write.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "current (the default) or older (also spelt legacy): the format the guest reads.")
    String format = "current";

    @Option(names = "--lossy", description = "With the older format: leave out, with a warning each, what it cannot express.")
    boolean lossy;

    @Option(names = "--dry-run", description = "Print the commands as a shell script instead of running them.")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean older = GuestDocument.isOlder(format, spec.commandLine());
        Optional<Path> kernelFile = HostFiles.existing("--kernel", kernel, err);
        if (kernelFile.isEmpty()) {
            return ExitCode.UNREADABLE;
        }
        Loaded loaded = Loaded.loadConfiguration(Specs.one(file, check.source, spec), root.stdin, check, err);
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
            PrintWriter stdout = spec.commandLine().getOut();
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
