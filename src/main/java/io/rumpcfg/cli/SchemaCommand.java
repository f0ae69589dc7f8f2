package io.rumpcfg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rumpcfg schema}: prints the JSON Schema of the current format, for editors. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 2020-12) of the configuration format.")
final class SchemaCommand implements Callable<Integer> {
    static final String RESOURCE = "rumprun-config.schema.json";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                spec.commandLine().getErr().println("rumpcfg: the schema is missing from this build");
                return ExitCode.FAILED;
            }
            out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        out.flush();
        return ExitCode.OK;
    }
}
