package io.rumpcfg.testing;

import io.rumpcfg.platform.Errno;
import io.rumpcfg.platform.PlatformException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link FakePlatform}: its binaries in bake order, its disks, files and faults. A
 * builder is for one thread, and builds one platform.
 */
public final class FakePlatformBuilder {
    private final FakeFileSystem fs = new FakeFileSystem();
    private final Map<String, BakedBinary> binaries = new LinkedHashMap<>();
    private final List<Fault> faults = new ArrayList<>();
    private boolean built;

    FakePlatformBuilder() {}

    /** Bakes {@code binary} in under {@code name}; bake order is the order of these calls. */
    public FakePlatformBuilder bin(String name, BakedBinary binary) {
        binaries.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(binary, "binary"));
        return this;
    }

    /** Bakes in {@link BakedBinary#echo()} under {@code name}. */
    public FakePlatformBuilder echoBin(String name) {
        return bin(name, BakedBinary.echo());
    }

    /** Declares a device that exists before any configuration, holding a {@code fstype} file system. */
    public FakePlatformBuilder device(String path, String fstype) {
        try {
            fs.addDevice(new DeviceNode(FakeFileSystem.normalize(path), "declared", "", false));
        } catch (PlatformException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return fileSystemOn(path, fstype);
    }

    /** Says which file system a device (declared, or configured later) holds; the default is ffs. */
    public FakePlatformBuilder fileSystemOn(String devicePath, String fstype) {
        fs.contents.put(devicePath, Objects.requireNonNull(fstype, "fstype"));
        return this;
    }

    /** A directory that exists from the start, with its parents. */
    public FakePlatformBuilder directory(String path) {
        try {
            fs.mkdirs(path);
        } catch (PlatformException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return this;
    }

    /** A file that exists from the start; its directory is created. */
    public FakePlatformBuilder file(String path, byte[] content) {
        try {
            fs.mkdirs(FakeFileSystem.parent(FakeFileSystem.normalize(path)));
            fs.writeFile(path, content);
        } catch (PlatformException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return this;
    }

    /**
     * Adds a fault to inject.
     *
     * @throws NullPointerException if {@code fault} is null
     */
    public FakePlatformBuilder fail(Fault fault) {
        faults.add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** The first platform call of step {@code stepId} fails with {@code errno}. */
    public FakePlatformBuilder failStep(String stepId, Errno errno) {
        return fail(new Fault(stepId, errno));
    }

    /** Every call of platform method {@code call} (one of {@link Fault#CALLS}) fails with {@code errno}. */
    public FakePlatformBuilder failCall(String call, Errno errno) {
        if (!Fault.CALLS.contains(call)) {
            throw new IllegalArgumentException("not a platform call: " + call + " (one of " + Fault.CALLS + ")");
        }
        return fail(new Fault(call, errno));
    }

    /** The platform; a builder builds one platform only, since the platform takes over its file system. */
    public FakePlatform build() {
        if (built) {
            throw new IllegalStateException("this builder already built its platform");
        }
        built = true;
        return new FakePlatform(fs, binaries, faults);
    }
}

