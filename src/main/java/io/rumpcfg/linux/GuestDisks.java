package io.rumpcfg.linux;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.MountOptions;
import io.rumpcfg.platform.PlatformException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guest's disks and mounts. A disk is a host block device: a vnd is a loop device on its
 * backing file as the guest sees it; an etfs device, or a device the configuration only
 * mounts ({@code /dev/ld0a}), is the host file or block device {@code --device DEV=HOSTFILE}
 * gives, a file through a loop device. A partition path ({@code /dev/vnd0a}) reaches its
 * disk. Mounts run mount(8) in the guest's mount namespace, with the Linux file system that
 * stands for the guest's: ffs as ufs (read-only, where the kernel has it), ext2fs as ext2,
 * ext3 then ext4, cd9660 as iso9660, kernfs as the guest's proc, tmpfs and nfs as
 * themselves.
 */
final class GuestDisks {
    /** A partition of a disk: the disk's path and a letter a-p. */
    private static final Pattern PARTITION = Pattern.compile("(/dev/[a-z]+[0-9]+)[a-p]");

    private final Nsenter ns;
    private final GuestFiles files;
    private final Map<String, Path> given;
    /** Guest disk → host block device. */
    private final Map<String, String> disks = new LinkedHashMap<>();
    /** Loop devices this run attached, in order. */
    private final List<String> loops = new ArrayList<>();
    private final List<String> mounts = new ArrayList<>();

    GuestDisks(Nsenter ns, GuestFiles files, Map<String, Path> given) {
        this.ns = ns;
        this.files = files;
        this.given = given;
    }

    /** Checks each {@code --device} before any namespace is made. */
    static void check(Map<String, Path> given) throws PlatformException {
        for (Map.Entry<String, Path> e : given.entrySet()) {
            if (!e.getKey().startsWith("/dev/")) {
                throw new PlatformException(Errno.EINVAL, "--device " + e.getKey() + ": a guest device is /dev/NAME");
            }
            if (!Files.isRegularFile(e.getValue()) && !isBlockDevice(e.getValue())) {
                throw new PlatformException(Errno.ENOENT, "--device " + e.getKey() + "=" + e.getValue()
                        + ": neither a file nor a block device");
            }
        }
    }

    /** st_mode's file type is S_IFBLK. */
    private static boolean isBlockDevice(Path p) {
        try {
            return (((Integer) Files.getAttribute(p, "unix:mode")) & 0170000) == 0060000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    void etfs(String device, String hostPath) throws PlatformException {
        if (disks.containsKey(device)) {
            throw new PlatformException(Errno.EBUSY, device + ": already configured");
        }
        if (!given.containsKey(device)) {
            throw new PlatformException(Errno.ENXIO, device + " (etfs " + hostPath + "): no host file or device for it; "
                    + "give one with --device " + device + "=HOSTFILE");
        }
        disks.put(device, attachGiven(device, false));
    }

    void vnd(int unit, String file, boolean readOnly) throws PlatformException {
        String device = "/dev/vnd" + unit;
        if (disks.containsKey(device)) {
            throw new PlatformException(Errno.EBUSY, device + ": already configured");
        }
        String resolved = files.resolve(file, true);
        if (!Files.isRegularFile(files.reach(resolved))) {
            throw new PlatformException(Files.exists(files.reach(resolved)) ? Errno.EINVAL : Errno.ENOENT,
                    device + ": backing file " + file + (Files.exists(files.reach(resolved)) ? " is not a regular file"
                    : " does not exist in the guest"));
        }
        disks.put(device, loop(files.inNamespace(resolved), readOnly, ns.mountNs(List.of())));
    }

    /** The host block device behind a guest device path, attaching a --device file on first use. */
    private String hostDevice(String device) throws PlatformException {
        if (disks.containsKey(device)) {
            return disks.get(device);
        }
        Matcher m = PARTITION.matcher(device);
        if (m.matches() && disks.containsKey(m.group(1))) {
            return disks.get(m.group(1));
        }
        if (given.containsKey(device)) {
            String host = attachGiven(device, false);
            disks.put(device, host);
            return host;
        }
        if (m.matches() && given.containsKey(m.group(1))) {
            String host = attachGiven(m.group(1), false);
            disks.put(m.group(1), host);
            return host;
        }
        throw new PlatformException(Errno.ENXIO, device + ": no such device (neither configured by blk nor given with --device)");
    }

    private String attachGiven(String device, boolean readOnly) throws PlatformException {
        Path host = given.get(device);
        if (!Files.isRegularFile(host)) {
            return host.toString(); // a block device is used as it is
        }
        return loop(host.toAbsolutePath().toString(), readOnly, List.of());
    }

    /** Attaches a loop device; {@code prefix} runs losetup in the guest's mount namespace. */
    private String loop(String file, boolean readOnly, List<String> prefix) throws PlatformException {
        List<String> cmd = new ArrayList<>(prefix.isEmpty() ? List.of() : prefix);
        cmd.addAll(List.of(Tools.path("losetup"), "--find", "--show"));
        if (readOnly) {
            cmd.add("--read-only");
        }
        cmd.add(file);
        String loop = HostCommand.check(cmd, "losetup " + file).stdout().trim();
        if (!loop.startsWith("/dev/loop")) {
            throw new PlatformException(Errno.EIO, "losetup " + file + " printed no loop device: " + loop);
        }
        loops.add(loop);
        return loop;
    }

    void mount(String fstype, String source, String mountpoint, Map<String, String> options) throws PlatformException {
        String resolved = files.resolve(mountpoint, true);
        if (!Files.isDirectory(files.reach(resolved))) {
            throw new PlatformException(Files.exists(files.reach(resolved)) ? Errno.ENOTDIR : Errno.ENOENT,
                    mountpoint + ": no such directory");
        }
        String target = files.inNamespace(resolved);
        switch (fstype) {
            case "tmpfs":
                run(List.of("-t", "tmpfs", "-o", "size=" + options.getOrDefault(MountOptions.SIZE, "0"), "tmpfs", target),
                        fstype, source, mountpoint);
                break;
            case "kernfs":
                run(List.of("-t", "proc", "-o", "nosuid,nodev,noexec", "proc", target), fstype, "proc", mountpoint);
                break;
            case "nfs":
                List<String> o = new ArrayList<>(List.of("vers=" + options.getOrDefault(MountOptions.VERS, "3"),
                        "proto=" + options.getOrDefault(MountOptions.PROTO, "tcp"), "nolock"));
                if (options.containsKey(MountOptions.RO)) {
                    o.add("ro");
                }
                run(List.of("-t", "nfs", "-o", String.join(",", o), source, target), fstype, source, mountpoint);
                break;
            case "ffs":
                blk(source, mountpoint, target, List.of("ufs"), "ro,ufstype=ufs2", "ro,ufstype=44bsd");
                break;
            case "ext2fs":
                blk(source, mountpoint, target, List.of("ext2", "ext3", "ext4"));
                break;
            case "cd9660":
                blk(source, mountpoint, target, List.of("iso9660"), "ro");
                break;
            default:
                throw new PlatformException(Errno.ENODEV, fstype + ": no Linux file system stands for it");
        }
    }

    /**
     * Tries each Linux type (and, for one type, each option set) in turn; the first that
     * mounts wins; otherwise the most telling failure: the device's content (EINVAL) over a
     * type the kernel lacks (ENODEV).
     */
    private void blk(String source, String mountpoint, String target, List<String> types, String... optionSets)
            throws PlatformException {
        String device = hostDevice(source);
        List<String> opts = optionSets.length == 0 ? Arrays.asList((String) null) : List.of(optionSets);
        Errno best = null;
        String bestMessage = "";
        List<String> causes = new ArrayList<>();
        for (String type : types) {
            for (String o : opts) {
                List<String> args = new ArrayList<>(List.of("-t", type));
                if (o != null) {
                    args.addAll(List.of("-o", o));
                }
                args.addAll(List.of(device, target));
                String failed = attempt(args, type, source + " (" + device + ")", mountpoint);
                if (failed == null) {
                    return;
                }
                Errno errno = HostCommand.errnoOf(failed, Errno.EIO);
                causes.add(type + ": " + errno);
                if (best == null || best == Errno.ENODEV) {
                    best = errno;
                    bestMessage = failed;
                }
            }
        }
        throw new PlatformException(best, bestMessage + (causes.size() > 1 ? " (tried " + causes + ")" : ""));
    }

    private void run(List<String> args, String type, String source, String mountpoint) throws PlatformException {
        String failed = attempt(args, type, source, mountpoint);
        if (failed != null) {
            throw new PlatformException(HostCommand.errnoOf(failed, Errno.EIO), failed);
        }
    }

    /** Runs mount(8): null when it mounted, else what it said, without its noise, naming what was tried. */
    private String attempt(List<String> args, String type, String source, String mountpoint) throws PlatformException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Tools.path("mount"));
        cmd.addAll(args);
        HostCommand.Result r = HostCommand.run(ns.mounting(cmd), HostCommand.DEFAULT_TIMEOUT_MS);
        if (!r.ok()) {
            String said = r.message().replaceAll("\\s*dmesg\\(1\\) may have more information after failed mount system call\\.?", "")
                    .replaceFirst("^mount: [^:]*: ", "").trim();
            return "mount -t " + type + " " + source + " " + mountpoint + ": " + said;
        }
        mounts.add(type + " " + source + " on " + mountpoint);
        return null;
    }

    /** Detaches every loop device of the run, the last attached first (a vnd may live on an earlier one). */
    void detach() {
        for (int i = loops.size() - 1; i >= 0; i--) {
            try {
                HostCommand.run(List.of(Tools.path("losetup"), "--detach", loops.get(i)), HostCommand.DEFAULT_TIMEOUT_MS);
            } catch (PlatformException e) {
                // a loop device that cannot be detached now is marked to go when its last user closes it
            }
        }
        loops.clear();
    }

    Map<String, String> disks() {
        return Map.copyOf(disks);
    }

    List<String> loops() {
        return List.copyOf(loops);
    }

    List<String> mounts() {
        return List.copyOf(mounts);
    }
}
