package io.rumpcfg.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.model.Config;
import io.rumpcfg.parse.ConfigParser;
import io.rumpcfg.parse.ModelFloor;
import io.rumpcfg.parse.ParseOptions;
import io.rumpcfg.plan.PlanOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The ratios of {@link BootPathBench}'s stages (a) scan, (b) parse and (c) check, measured a
 * second way: the three alternate in one JVM, in rounds of 0.1 s each, timed by the thread's
 * CPU time. A fourth stage, tokens, is Jackson's scan without reading any token's text: the
 * part of the floor no Jackson-based reader can leave out. A fifth, floor, is
 * {@link ModelFloor#unchecked}: the same model as (b) makes, made straight from the tokens with
 * nothing checked, the floor of any Jackson-based reader of this model; a sixth, checked, is
 * {@link ModelFloor#checked}: the same, with the parser's checks, the floor of a parser that
 * keeps no tape. Each is timed only once it has made a configuration equal to the parser's.
 * JMH runs each stage in a fork of its own, where other load on a shared machine and
 * the compiler's choices in that fork move a ratio by 20–40%; here a round of one stage is
 * always next to a round of the others, and CPU time leaves out the time other processes take.
 *
 * <p>Prints, per size, each stage's best round over the last two thirds (the first third is
 * warm-up), the ratios of those bests, and the median of the ratios of neighbouring rounds.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.rumpcfg.bench.StageRatios [rounds] [size...]</pre>
 */
public final class StageRatios {
    private static final long ROUND_NANOS = 100_000_000L;
    private static final String[] STAGES = {"scan", "parse", "check", "tokens", "floor", "checked"};
    private static final int FLOOR = 4;
    private static final int CHECKED = 5;

    private final JsonFactory factory = new JsonFactory();
    private final ConfigParser parser = ConfigParser.create(ParseOptions.DEFAULTS);
    private final ModelFloor floor = ModelFloor.unchecked();
    private final ModelFloor checked = ModelFloor.checked();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** What each operation returns, kept so that the compiler cannot drop the work. */
    private Object sink;

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 45;
        List<String> sizes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("64k", "16k");
        StageRatios ratios = new StageRatios();
        for (String size : sizes) {
            ratios.measure(size, Configs.named(size), rounds);
        }
    }

    private void measure(String size, byte[] document, int rounds) throws IOException {
        boolean withFloor = reads(floor, document) && reads(checked, document);
        double[] best = new double[STAGES.length];
        Arrays.fill(best, Double.MAX_VALUE);
        List<Double> parseRatios = new ArrayList<>();
        List<Double> checkRatios = new ArrayList<>();
        List<Double> floorRatios = new ArrayList<>();
        List<Double> checkedRatios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double[] round = new double[STAGES.length];
            for (int stage = 0; stage < STAGES.length; stage++) {
                round[stage] = stage >= FLOOR && !withFloor ? Double.NaN : microsPerOp(stage, document);
            }
            if (r >= rounds / 3) {
                for (int stage = 0; stage < STAGES.length; stage++) {
                    best[stage] = Math.min(best[stage], round[stage]);
                }
                parseRatios.add(round[1] / round[0]);
                checkRatios.add(round[2] / round[0]);
                floorRatios.add(round[FLOOR] / round[0]);
                checkedRatios.add(round[CHECKED] / round[0]);
            }
        }
        System.out.printf("%-4s %6d bytes  scan %7.1f us  parse %7.1f us  check %7.1f us  tokens %7.1f us  |  best: (b)/(a) %.2f"
                        + "  (c)/(a) %.2f  tokens/(a) %.2f  |  median of neighbouring rounds: (b)/(a) %.2f  (c)/(a) %.2f%n",
                size, document.length, best[0], best[1], best[2], best[3], best[1] / best[0], best[2] / best[0],
                best[3] / best[0], median(parseRatios), median(checkRatios));
        if (withFloor) {
            System.out.printf("%-4s floor %7.1f us  checked %7.1f us  |  best: floor/(a) %.2f  checked/(a) %.2f"
                            + "  |  median of neighbouring rounds: floor/(a) %.2f  checked/(a) %.2f%n",
                    size, best[FLOOR], best[CHECKED], best[FLOOR] / best[0], best[CHECKED] / best[0], median(floorRatios),
                    median(checkedRatios));
        }
    }

    /** Whether {@code reader} reads {@code document} into the very configuration the parser makes of it. */
    private boolean reads(ModelFloor reader, byte[] document) {
        Config parsed = parser.parse(document).config().orElseThrow();
        try {
            return reader.read(document).equals(parsed);
        } catch (IOException | RuntimeException e) {
            return false; // a shape the floor does not read
        }
    }

    /** Runs one stage for a round; its CPU time per operation, in microseconds. */
    private double microsPerOp(int stage, byte[] document) throws IOException {
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int ops = 0;
        while (System.nanoTime() - start < ROUND_NANOS) {
            if (stage == 0) {
                scan(document);
            } else if (stage == 1) {
                sink = parser.parse(document);
            } else if (stage == 2) {
                sink = Rumpcfg.check(document, ParseOptions.DEFAULTS, PlanOptions.DEFAULTS);
            } else if (stage == FLOOR) {
                sink = floor.read(document);
            } else if (stage == CHECKED) {
                sink = checked.read(document);
            } else {
                tokens(document);
            }
            ops++;
        }
        return (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / ops;
    }

    /** (a) as {@link BootPathBench#scan} does it: every token, with its text. */
    private void scan(byte[] document) throws IOException {
        try (JsonParser p = factory.createParser(document)) {
            while (p.nextToken() != null) {
                sink = p.getText();
            }
        }
    }

    /** Jackson's tokens alone: {@code nextToken()} to the end, no text read. */
    private void tokens(byte[] document) throws IOException {
        int n = 0;
        try (JsonParser p = factory.createParser(document)) {
            while (p.nextToken() != null) {
                n++;
            }
        }
        sink = n;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
