package io.rumpcfg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** {@code rumpcfg schema}: prints the JSON Schema of the current format, for editors. */
final class SchemaCommand implements Command {
    static final String RESOURCE = "rumprun-config.schema.json";

    static final Usage USAGE = Usage.of(Subcommand.SCHEMA.token(), "Prints the JSON Schema (draft 2020-12) of the configuration format.")
            .build();

    SchemaCommand(Args args) {
        if (!args.operands().isEmpty()) {
            throw new UsageError("schema takes no FILE, got '" + args.operands().get(0) + "'");
        }
    }

    @Override
    public int call(Io io) throws IOException {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                io.err().println("rumpcfg: the schema is missing from this build");
                io.err().flush();
                return ExitCode.FAILED;
            }
            io.out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        io.out().flush();
        return ExitCode.OK;
    }
}
