package io.rumpcfg.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The table of rule cases in {@code parse/rules.txt}. Each case is:
 * <pre>
 * ;; a comment
 * # name of the case
 * &#64; strict | deny-warnings | bins a,b   (optional options)
 * &gt; one line of the document      (repeatable; lines joined with \n)
 * = valid                          (no diagnostic at all)
 * ! error PATH LINE:COL code | exact message   (repeatable, in order; PATH "-" is the root)
 * </pre>
 */
record RuleCases(String name, String document, boolean strict, boolean denyWarnings, Optional<List<String>> bins,
        List<String> expected) {
    @Override
    public String toString() {
        return name;
    }

    ParseOptions options() {
        ParseOptions o = ParseOptions.DEFAULTS.withStrict(strict).withDenyWarnings(denyWarnings);
        return bins.isPresent() ? o.withBins(bins.get()) : o;
    }

    static List<RuleCases> load(String resource) {
        List<RuleCases> out = new ArrayList<>();
        try (InputStream in = RuleCases.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String name = null;
            StringBuilder doc = null;
            boolean strict = false;
            boolean denyWarnings = false;
            Optional<List<String>> bins = Optional.empty();
            List<String> expected = new ArrayList<>();
            for (String line = r.readLine(); ; line = r.readLine()) {
                if (line == null || line.startsWith("# ")) {
                    if (name != null) {
                        out.add(new RuleCases(name, doc.toString(), strict, denyWarnings, bins, List.copyOf(expected)));
                    }
                    if (line == null) {
                        return out;
                    }
                    name = line.substring(2);
                    doc = null;
                    strict = false;
                    denyWarnings = false;
                    bins = Optional.empty();
                    expected.clear();
                } else if (line.startsWith("> ")) {
                    doc = doc == null ? new StringBuilder(line.substring(2)) : doc.append('\n').append(line.substring(2));
                } else if (line.startsWith(";;")) {
                    continue;
                } else if (line.equals("@ strict")) {
                    strict = true;
                } else if (line.equals("@ deny-warnings")) {
                    denyWarnings = true;
                } else if (line.startsWith("@ bins")) {
                    String list = line.substring("@ bins".length()).trim();
                    bins = Optional.of(list.isEmpty() ? List.of() : Arrays.asList(list.split(",")));
                } else if (line.startsWith("! ")) {
                    expected.add(line.substring(2));
                } else if (!line.equals("= valid") && !line.isBlank()) {
                    throw new IllegalStateException("bad line in " + resource + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
