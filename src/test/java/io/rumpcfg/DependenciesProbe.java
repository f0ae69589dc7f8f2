package io.rumpcfg;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The library's dependencies' share of the boot path, for {@link BootPathClassesTest}: a JVM
 * that reads the document, makes an slf4j logger and scans the document with Jackson, and
 * nothing of the library.
 */
final class DependenciesProbe {
    private DependenciesProbe() {}

    public static void main(String[] args) throws Exception {
        byte[] document = Files.readAllBytes(Path.of(args[0]));
        LoggerFactory.getLogger(DependenciesProbe.class).debug("scanning");
        int tokens = 0;
        try (JsonParser parser = new JsonFactory().createParser(document)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        System.out.println("tokens ".concat(Integer.toString(tokens)));
    }
}
