package io.rumpcfg.plan;

import static io.rumpcfg.plan.ConfigBuilder.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.RunMode;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StepWordsTest {
    /** What {@link StepWords#isPlain} checks by hand, kept off the boot path. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    /** Planned whatever the warnings: a lone NFS mount or gateway is what these words are about. */
    private static String words(Config config, int step) {
        Plan plan = Planner.plan(config, PlanOptions.DEFAULTS).plan().orElseThrow();
        return StepWords.describe(plan.steps().get(step), false);
    }

    @Test
    void describesEachKindOfStepAsTheNetbsdCommandWould() {
        assertThat(words(config().sysctl("kern.maxfiles", 4096).build(), 0)).isEqualTo("sysctl -w kern.maxfiles=4096");
        assertThat(words(config().createdIface("shmif0", "10.0.0.2/24", "2001:db8::2/64").build(), 0))
                .isEqualTo("ifconfig shmif0 create: inet 10.0.0.2/24, inet6 2001:db8::2/64");
        assertThat(words(config().iface("vioif0").build(), 0)).isEqualTo("ifconfig vioif0 up");
        assertThat(words(config().iface("vioif0", "dhcp").gateway("2001:db8::1").build(), 1))
                .isEqualTo("route add -inet6 default 2001:db8::1");
        assertThat(words(config().etfs("xbd0", "blkfront:xvda").build(), 0))
                .isEqualTo("etfs register /dev/xbd0 as blkfront:xvda");
        assertThat(words(config().kernfs("/kern").build(), 0)).isEqualTo("mount kernfs on /kern");
        assertThat(words(config().mount("/tmp", new MountSource.Tmpfs(1 << 20, Optional.of("1M"))).build(), 0))
                .isEqualTo("mount tmpfs -s 1M on /tmp");
        assertThat(words(config().mount("/n", new MountSource.Nfs("[2001:db8::7]", "/x", 2,
                MountSource.Proto.UDP, true)).build(), 0))
                .isEqualTo("mount nfs -o nfsv2,udp,ro [2001:db8::7]:/x on /n");
        assertThat(words(config().rc("httpd", RunMode.BACKGROUND, Optional.of("/www"), "web server", "-d").build(), 0))
                .isEqualTo("run httpd as 'web server' -d in /www &");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "plain/path-1.2:x=y => plain/path-1.2:x=y",
        "two words => 'two words'",
        "it's => 'it'\\''s'",
        "\"\" => ''",
        "<redacted> => <redacted>",
    })
    void quotesWordsAShellWouldSplit(String word, String quoted) {
        assertThat(StepWords.quote(word)).isEqualTo(quoted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z", "0", "kern.maxfiles=4096", "A-Z_0.9", "@%+=:,./-", "", "two words", "it's",
        "a\"b", "a*", "a?", "$HOME", "~", "a;b", "a|b", "a&b", "[x]", "{x}", "(x)", "a\\b", "a\tb", "a\nb", "a\u0000",
        "<redacted>", "a#", "a!", "`x`", "^", "\u00e9", "\u0663", "\uff21", "a\u00a0b"})
    void isPlainAgreesWithThePlainWordRegex(String word) {
        assertThat(StepWords.isPlain(word)).isEqualTo(PLAIN_WORD.matcher(word).matches());
    }
}
