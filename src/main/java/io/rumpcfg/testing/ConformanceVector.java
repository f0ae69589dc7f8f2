package io.rumpcfg.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One conformance vector of the rumpcfg jar: a configuration and what an interpreter must make
 * of it (docs/conformance.md). The vectors are resources under
 * {@value #RESOURCE_DIRECTORY}, listed in its {@code vectors.txt}; {@link #all()} reads them.
 *
 * <p>A vector also says how the platform it boots on is set up: the baked binaries
 * ({@link #bins()}, with their exit statuses), and the block devices that exist before the
 * boot ({@link #devices()}). {@link ConformanceKit} hands the vector to the platform factory
 * for that.
 */
public final class ConformanceVector {
    /** Where the vectors are, as a class path resource directory. */
    public static final String RESOURCE_DIRECTORY = "/io/rumpcfg/testing/conformance";

    private final String name;
    private final Map<String, Object> json;
    private final byte[] document;
    private final Optional<List<String>> bins;
    private final Map<String, String> devices;
    private final Map<String, Integer> exits;

    private ConformanceVector(String name, Map<String, Object> json) {
        this.name = name;
        this.json = json;
        Object base64 = json.get("configBase64");
        Object config = json.get("config");
        if (base64 instanceof String) {
            document = Base64.getDecoder().decode((String) base64);
        } else if (config instanceof String) {
            document = ((String) config).getBytes(StandardCharsets.UTF_8);
        } else {
            throw new IllegalArgumentException(name + ": neither config nor configBase64");
        }
        Map<String, Object> options = KitJson.object(json, "options");
        if (options.get("bins") instanceof List) {
            List<String> names = new ArrayList<>();
            KitJson.array(options, "bins").forEach(n -> names.add(String.valueOf(n)));
            bins = Optional.of(List.copyOf(names));
        } else {
            bins = Optional.empty();
        }
        Map<String, Object> platform = KitJson.object(json, "platform");
        Map<String, String> d = new LinkedHashMap<>();
        KitJson.object(platform, "devices").forEach((k, v) -> d.put(k, String.valueOf(v)));
        devices = Collections.unmodifiableMap(d);
        Map<String, Integer> e = new LinkedHashMap<>();
        KitJson.object(platform, "exit").forEach((k, v) -> e.put(k, ((Number) v).intValue()));
        exits = Collections.unmodifiableMap(e);
    }

    /** Every vector of the jar, sorted by name. */
    public static List<ConformanceVector> all() {
        List<ConformanceVector> out = new ArrayList<>();
        for (String file : index()) {
            out.add(read(file));
        }
        return Collections.unmodifiableList(out);
    }

    /** The vector of file {@code name}, with or without its {@code .json}. */
    public static ConformanceVector named(String name) {
        return read(name.endsWith(".json") ? name : name + ".json");
    }

    private static List<String> index() {
        List<String> files = new ArrayList<>();
        try (InputStream in = open("vectors.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    files.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.sort(files);
        return files;
    }

    @SuppressWarnings("unchecked")
    private static ConformanceVector read(String file) {
        try (InputStream in = open(file)) {
            Object json = KitJson.read(in);
            if (!(json instanceof Map)) {
                throw new IOException(file + ": not a JSON object");
            }
            return new ConformanceVector(file.substring(0, file.length() - ".json".length()), (Map<String, Object>) json);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE_DIRECTORY + "/" + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = ConformanceVector.class.getResourceAsStream(RESOURCE_DIRECTORY + "/" + file);
        if (in == null) {
            throw new IOException(RESOURCE_DIRECTORY + "/" + file + ": no such resource");
        }
        return in;
    }

    /** The file name without {@code .json}: {@code blk-etfs-and-vnd}. */
    public String name() {
        return name;
    }

    /** The rule it checks, in a sentence. */
    public String description() {
        return String.valueOf(json.get("description"));
    }

    /** The section of docs/config.md the rule comes from: {@code blk}, {@code Processing order}. */
    public String rule() {
        return String.valueOf(json.get("rule"));
    }

    /** The document's bytes: its {@code config} in UTF-8, or its {@code configBase64} decoded. */
    public byte[] document() {
        return document.clone();
    }

    /** The baked binaries, in bake order ({@code --bins}); empty when the vector leaves them unknown. */
    public Optional<List<String>> bins() {
        return bins;
    }

    /** Whether unknown root keys are errors ({@code --strict}). */
    public boolean strict() {
        return Boolean.TRUE.equals(KitJson.object(json, "options").get("strict"));
    }

    /** The block devices that exist before the boot: path → the file system on it ({@code ffs}, {@code ext2fs}, {@code cd9660}). */
    public Map<String, String> devices() {
        return devices;
    }

    /** The exit status of baked binary {@code bin}: its {@code platform.exit}, 0 by default. */
    public int exitStatus(String bin) {
        return exits.getOrDefault(Objects.requireNonNull(bin, "bin"), 0);
    }

    /** Whether the vector expects a state after a boot, so that {@link ConformanceKit} boots it. */
    public boolean boots() {
        return KitJson.object(json, "expect").containsKey("state");
    }

    /** Where the vector is, for an IDE: {@code classpath:/io/rumpcfg/testing/conformance/NAME.json}. */
    public URI source() {
        return URI.create("classpath:" + RESOURCE_DIRECTORY + "/" + name + ".json");
    }

    /** The vector's {@code expect}. */
    Map<String, Object> expect() {
        return KitJson.object(json, "expect");
    }

    /**
     * A {@link FakePlatform} set up as the vector says: each of {@link #bins()} baked in,
     * printing its argv and copying its stdin as {@link BakedBinary#echo()} does, then
     * exiting with {@link #exitStatus(String)}; and each of {@link #devices()} declared.
     */
    public FakePlatform fakePlatform() {
        FakePlatformBuilder builder = FakePlatform.builder();
        for (String bin : bins.orElse(List.of())) {
            int status = exitStatus(bin);
            BakedBinary echo = BakedBinary.echo();
            builder.bin(bin, status == 0 ? echo : (argv, env, stdin, stdout) -> {
                echo.run(argv, env, stdin, stdout);
                return status;
            });
        }
        devices.forEach(builder::device);
        return builder.build();
    }

    @Override
    public String toString() {
        return name;
    }
}
