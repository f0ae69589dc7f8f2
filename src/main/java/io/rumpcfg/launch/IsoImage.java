package io.rumpcfg.launch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A bootable ISO for a hw guest, made by Debian's {@code grub-mkrescue} (GRUB for BIOS from
 * grub-pc-bin, the image written by xorriso): GRUB loads the kernel as a multiboot kernel and
 * the configuration as its first module, the place a rumprun hw guest reads it from.
 */
public final class IsoImage {
    /** The program that makes the image. */
    public static final String PROGRAM = "grub-mkrescue";
    /** Where GRUB's BIOS modules are, without which grub-mkrescue makes an image no BIOS boots. */
    public static final Path GRUB_PC_MODULES = Path.of("/usr/lib/grub/i386-pc");
    static final String TREE = "iso";
    static final String KERNEL = "boot/rumprun-kernel";
    static final String MODULE = "boot/rumprun.json";

    private IsoImage() {}

    /** The steps that write {@code out}: the image's tree in the launch's directory, then grub-mkrescue. */
    public static List<Action> actions(Path kernel, byte[] document, Path out) {
        return List.of(
                new Action.WriteFile(TREE + "/boot/grub/grub.cfg", grubCfg().getBytes(StandardCharsets.US_ASCII)),
                new Action.CopyFile(kernel, TREE + "/" + KERNEL),
                new Action.WriteFile(TREE + "/" + MODULE, document),
                new Action.Run(List.of(Arg.text(PROGRAM), Arg.text("-o"), Arg.text(out.toString()), new Arg.InDir(TREE)),
                        false));
    }

    /** GRUB's menu: one entry, booted at once. */
    static String grubCfg() {
        return "set timeout=0\n"
                + "set default=0\n"
                + "menuentry \"rumprun\" {\n"
                + "\tmultiboot /" + KERNEL + "\n"
                + "\tmodule /" + MODULE + "\n"
                + "}\n";
    }
}
