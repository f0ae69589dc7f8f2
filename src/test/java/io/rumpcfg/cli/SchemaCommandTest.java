package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
    @Test
    void printsTheSchemaFromDocs() throws Exception {
        Cli.Run run = Cli.run("schema");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(
                Files.readString(Path.of("docs/schema/rumprun-config.schema.json"), StandardCharsets.UTF_8));
    }
}
