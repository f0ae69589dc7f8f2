package io.rumpcfg.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every word the script quotes reaches the program unchanged when the real sh reads it. */
class ShellScriptTest {
    @ParameterizedTest
    @ValueSource(strings = {"plain", "-m", "64M", "file=/a,,b.img,format=raw", "it's", "a b", "$HOME", "`id`", "\"q\"",
        "back\\slash", "*", "two\nlines", "{\"cmdline\":\"nginx -g 'daemon off;'\"}", "~", "#x", "a;b", "é", ""})
    void shReadsEachQuotedWordBackUnchanged(String word) throws Exception {
        List<Arg> argv = List.of(Arg.text("printf"), Arg.text("%s\\0"), Arg.text(word), Arg.text("end"));
        Process sh = new ProcessBuilder("sh", "-c", ShellScript.words(argv)).start();
        byte[] out = sh.getInputStream().readAllBytes();
        assertThat(sh.waitFor(10, TimeUnit.SECONDS)).isTrue();

        String[] words = new String(out, StandardCharsets.UTF_8).split("\0", -1);
        assertThat(Arrays.asList(words)).containsExactly(word, "end", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "-accel", "ifname=tap0,script=no", "/abs/path.img", "--net:tap=tap0"})
    void safeWordsStayBare(String word) {
        assertThat(ShellScript.quote(word)).isEqualTo(word);
    }

    @org.junit.jupiter.api.Test
    void aScriptWritesItsFilesAndRunsItsCommandsInItsOwnDirectory() throws Exception {
        List<Action> actions = new ArrayList<>();
        actions.add(new Action.WriteFile("sub/doc.json", "{\"a\": \"it's\"}\n".getBytes(StandardCharsets.UTF_8)));
        actions.add(new Action.Run(List.of(Arg.text("cat"), new Arg.InDir("sub/doc.json")), false));
        actions.add(new Action.Run(List.of(Arg.text("ls"), Arg.text("sub")), true));
        Process sh = new ProcessBuilder("sh", "-c", ShellScript.render("test", actions)).start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sh.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(sh.exitValue()).isZero();
        assertThat(out).isEqualTo("{\"a\": \"it's\"}\ndoc.json\n");
    }
}
