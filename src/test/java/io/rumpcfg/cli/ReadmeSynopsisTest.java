package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's synopsis of each command names the options and the FILE that its --help shows
 * (those every command takes are named once, after it), and no option the command lacks.
 */
class ReadmeSynopsisTest {
    /** Options the README names once, after the synopsis, rather than on every line. */
    private static final List<String> NAMED_ONCE =
            List.of("--help", "--version", "--debug", "--xenstore-socket", "--xenstore-timeout");

    private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");

    @Test
    void eachSynopsisLineNamesTheOptionsOfItsCommandAndNoOther() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Map<String, String> synopsis = synopsis(readme);
        Set<String> commands = new TreeSet<>();
        for (Subcommand command : Subcommand.values()) {
            commands.add(command.token());
        }

        assertThat(synopsis.keySet()).containsExactlyInAnyOrderElementsOf(commands);
        for (Subcommand command : Subcommand.values()) {
            String line = synopsis.get(command.token());
            Set<String> written = new TreeSet<>();
            for (Matcher m = OPTION.matcher(line); m.find(); ) {
                written.add(m.group());
            }
            Set<String> all = new TreeSet<>();
            Set<String> own = new TreeSet<>();
            for (Usage.Declared option : command.usage().declared()) {
                all.add(option.longName());
                if (!NAMED_ONCE.contains(option.longName())) {
                    own.add(option.longName());
                }
            }
            String help = command.usage().synopsis();

            assertThat(written).as("README's synopsis of %s names its options", command.token()).containsAll(own);
            assertThat(all).as("%s has the options README's synopsis names", command.token()).containsAll(written);
            assertThat(line.contains("FILE...")).as("README's %s takes several FILEs, as its help: %s",
                    command.token(), help).isEqualTo(help.contains("FILE..."));
            assertThat(line.contains("FILE")).as("README's %s takes a FILE", command.token())
                    .isEqualTo(help.contains("FILE"));
        }
        for (String option : NAMED_ONCE) {
            assertThat(readme).contains("`" + option);
        }
    }

    /** The synopsis block: one entry per command, its continuation lines joined. */
    private static Map<String, String> synopsis(String readme) {
        String block = readme.substring(readme.indexOf("```text", readme.indexOf("## The command line")));
        block = block.substring("```text\n".length(), block.indexOf("\n```"));
        Map<String, String> out = new LinkedHashMap<>();
        String current = null;
        for (String line : block.split("\n")) {
            if (line.startsWith("rumpcfg ")) {
                current = line.split(" ")[1];
                out.put(current, line);
            } else {
                out.put(current, out.get(current) + " " + line.trim());
            }
        }
        return out;
    }
}
