package io.rumpcfg.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first call in a fresh JVM, which is the only call a runtime makes: (a) the first
 * {@code Rumpcfg.check} of a config against (b) Jackson's first token scan of the same bytes (a
 * new {@link JsonFactory}, a parser over the bytes, {@code nextToken()} to the end), and (f), a
 * floor: (b), then the library's classes that (a) loads, loaded and initialised by name with
 * nothing run (the list is taken from one run of (a) under {@code -Xlog:class+load} first).
 * Each sample is a new {@code java} process; the kinds alternate, their order rotated every
 * round, so that other load on a shared machine falls on all alike.
 *
 * <p>Per sample three times: inside the JVM, {@link System#nanoTime} from just before the call to
 * just after (the file already read); the calling thread's time on a CPU over the same span,
 * from Linux's {@code /proc/thread-self/schedstat}, which time spent waiting for a CPU on a
 * loaded machine does not inflate (the JIT compiler's and the collector's threads are not in
 * it); and the whole process's wall time as this driver sees it, from starting it to its exit. Prints each one's median, quartiles and extremes, the ratio of
 * the medians to (b)'s, and the median and quartiles of the ratios within each round.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.rumpcfg.bench.ColdFirstCall [rounds] [config] [-- JVM flags...]</pre>
 *
 * <p>The defaults are 40 rounds of {@code bench/configs/config-1k.json}. JVM flags after
 * {@code --} go to every sample, both kinds alike (an AppCDS archive, {@code -Xint}, ...).
 */
public final class ColdFirstCall {
    private static final String[] KINDS = {"check", "scan", "floor"};
    private static final char[] LETTERS = {'a', 'b', 'f'};
    private static final int SCAN = 1;

    private ColdFirstCall() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int dash = Arrays.asList(args).indexOf("--");
        List<String> own = Arrays.asList(args).subList(0, dash < 0 ? args.length : dash);
        List<String> flags = dash < 0 ? List.of() : Arrays.asList(args).subList(dash + 1, args.length);
        int rounds = own.size() > 0 ? Integer.parseInt(own.get(0)) : 40;
        String config = own.size() > 1 ? own.get(1) : "bench/configs/config-1k.json";
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");

        // One (a) first, not counted, logging the classes it loads (and the files into the page cache).
        Path log = Files.createTempFile("cold-first-call", ".log");
        Path classes = Files.createTempFile("cold-first-call", ".classes");
        try {
            List<String> logging = new ArrayList<>(flags);
            logging.add("-Xlog:class+load:file=" + log);
            sample(java, logging, classPath, "check", config, "");
            List<String> library = libraryClasses(Files.readAllLines(log));
            Files.write(classes, library);
            sample(java, flags, classPath, "scan", config, "");

            long[][] inside = new long[KINDS.length][rounds];
            long[][] cpu = new long[KINDS.length][rounds];
            long[][] wall = new long[KINDS.length][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < KINDS.length; i++) {
                    int kind = (round + i) % KINDS.length;
                    long start = System.nanoTime();
                    long[] times = sample(java, flags, classPath, KINDS[kind], config, classes.toString());
                    wall[kind][round] = System.nanoTime() - start;
                    inside[kind][round] = times[0];
                    cpu[kind][round] = times[1];
                }
            }
            System.out.printf("%s, %d bytes, %d fresh JVMs of each, JVM flags %s (%s); (a) loads %d of the library's classes%n",
                    config, Files.size(Paths.get(config)), rounds, flags, System.getProperty("java.version"), library.size());
            print("inside the JVM", inside);
            print("inside the JVM, the thread's time on a CPU", cpu);
            print("process wall time", wall);
        } finally {
            Files.delete(log);
            Files.delete(classes);
        }
    }

    /** The library's classes in a {@code -Xlog:class+load} log, in the order they were loaded. */
    private static List<String> libraryClasses(List<String> log) {
        List<String> names = new ArrayList<>();
        for (String line : log) {
            String[] words = line.split(" ");
            String name = words.length > 1 ? words[1] : "";
            if (name.startsWith("io.rumpcfg.") && !name.startsWith("io.rumpcfg.bench.")) {
                names.add(name);
            }
        }
        return names;
    }

    /** Runs one fresh JVM; the nanoseconds of its call and of its thread's CPU time then, as it reports them. */
    private static long[] sample(String java, List<String> flags, String classPath, String kind, String config,
            String classes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(flags);
        command.add("-cp");
        command.add(classPath);
        command.add(Sample.class.getName());
        command.add(kind);
        command.add(config);
        command.add(classes);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String line;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            while ((line = out.readLine()) != null) {
                output.append(line).append('\n');
            }
        }
        int exit = process.waitFor();
        String[] lines = output.toString().trim().split("\n"); // the JVM may warn first, for some flags
        String[] words = lines[lines.length - 1].split(" ");
        if (exit != 0 || words.length != 3 || !words[0].equals(kind)) {
            throw new IllegalStateException(command + " exited " + exit + ":\n" + output);
        }
        return new long[] {Long.parseLong(words[1]), Long.parseLong(words[2])};
    }

    private static void print(String what, long[][] times) {
        System.out.printf("%s, ms: median [quartiles] (min..max)%n", what);
        long[] scan = times[SCAN].clone();
        Arrays.sort(scan);
        for (int kind = 0; kind < KINDS.length; kind++) {
            long[] sorted = times[kind].clone();
            Arrays.sort(sorted);
            double[] ratios = new double[sorted.length];
            for (int round = 0; round < ratios.length; round++) {
                ratios[round] = (double) times[kind][round] / times[SCAN][round];
            }
            Arrays.sort(ratios);
            System.out.printf("  (%c) %-6s %7.2f [%.2f %.2f] (%.2f..%.2f)", LETTERS[kind], KINDS[kind],
                    millis(quantile(sorted, 0.5)), millis(quantile(sorted, 0.25)), millis(quantile(sorted, 0.75)),
                    millis(sorted[0]), millis(sorted[sorted.length - 1]));
            if (kind != SCAN) {
                System.out.printf("  /(b): of the medians %.2f; per round %.2f [%.2f %.2f]",
                        quantile(sorted, 0.5) / quantile(scan, 0.5), quantile(ratios, 0.5), quantile(ratios, 0.25),
                        quantile(ratios, 0.75));
            }
            System.out.println();
        }
    }

    /** The {@code q} quantile of sorted values, interpolated between the two nearest. */
    private static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    private static double quantile(long[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    private static double millis(double nanos) {
        return nanos / 1e6;
    }

    /**
     * One sample, in its own JVM: reads the config, then times the one call and prints
     * {@code KIND NANOS}. Kept apart from the driver so that the sample's JVM loads only what
     * the call needs beside the file's reading and the printing, both the same for each kind.
     */
    public static final class Sample {
        private Sample() {}

        public static void main(String[] args) throws IOException, ClassNotFoundException {
            byte[] document = Files.readAllBytes(Path.of(args[1]));
            long nanos;
            long cpu;
            if (args[0].equals("floor")) {
                String[] names = Files.readAllLines(Path.of(args[2])).toArray(new String[0]);
                ClassLoader loader = Sample.class.getClassLoader();
                cpu = cpuNanos();
                long start = System.nanoTime();
                int tokens = scan(document);
                for (String name : names) {
                    Class.forName(name, true, loader);
                }
                nanos = System.nanoTime() - start;
                cpu = cpuNanos() - cpu;
                if (tokens < 2 || names.length == 0) {
                    throw new IllegalStateException(tokens + " tokens, " + names.length + " classes");
                }
            } else if (args[0].equals("check")) {
                cpu = cpuNanos();
                long start = System.nanoTime();
                Checked checked = Rumpcfg.check(document, ParseOptions.DEFAULTS, PlanOptions.DEFAULTS);
                nanos = System.nanoTime() - start;
                cpu = cpuNanos() - cpu;
                if (!checked.isValid()) {
                    throw new IllegalStateException("not valid: " + checked.diagnostics());
                }
            } else {
                cpu = cpuNanos();
                long start = System.nanoTime();
                int tokens = scan(document);
                nanos = System.nanoTime() - start;
                cpu = cpuNanos() - cpu;
                if (tokens < 2) {
                    throw new IllegalStateException(tokens + " tokens");
                }
            }
            System.out.println(args[0] + " " + nanos + " " + cpu);
        }

        /**
         * The calling thread's time on a CPU so far, in nanoseconds: the first number of Linux's
         * {@code /proc/thread-self/schedstat}. Read with the stream classes the JVM has loaded at
         * start-up, so that reading it loads nothing the call might load.
         */
        private static long cpuNanos() throws IOException {
            byte[] buffer = new byte[64];
            int n;
            try (FileInputStream in = new FileInputStream("/proc/thread-self/schedstat")) {
                n = in.read(buffer);
            }
            long nanos = 0;
            for (int i = 0; i < n && buffer[i] >= '0' && buffer[i] <= '9'; i++) {
                nanos = nanos * 10 + (buffer[i] - '0');
            }
            return nanos;
        }

        /** Jackson's first scan: a factory, a parser over the bytes, every token; their number. */
        private static int scan(byte[] document) throws IOException {
            int tokens = 0;
            try (JsonParser parser = new JsonFactory().createParser(document)) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
            return tokens;
        }
    }
}
