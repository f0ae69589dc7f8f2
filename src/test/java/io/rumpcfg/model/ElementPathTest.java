package io.rumpcfg.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElementPathTest {
    @Test
    void identifierKeysAreJoinedWithDotsAndIndexesBracketed() {
        ElementPath path = ElementPath.root().key("net").key("interfaces").key("vioif0").key("addrs").index(0).key("method");

        assertThat(path).hasToString("net.interfaces.vioif0.addrs[0].method");
        assertThat(path.depth()).isEqualTo(6);
    }

    @Test
    void otherKeysAreQuotedInBrackets() {
        assertThat(ElementPath.root().key("mount").key("/data").key("source")).hasToString("mount[\"/data\"].source");
        assertThat(ElementPath.root().key("netbsd").key("sysctl").key("kern.hostname"))
                .hasToString("netbsd.sysctl[\"kern.hostname\"]");
        assertThat(ElementPath.root().key("env").key("A=B")).hasToString("env[\"A=B\"]");
        assertThat(ElementPath.root().key("env").key("")).hasToString("env[\"\"]");
        assertThat(ElementPath.root().key("env").key("1A")).hasToString("env[\"1A\"]");
        assertThat(ElementPath.root().key("env").key("_a1")).hasToString("env._a1");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertThat(ElementPath.root().key("a\"b\\c")).hasToString("[\"a\\\"b\\\\c\"]");
        assertThat(ElementPath.root().key("a\nb\u0000")).hasToString("[\"a\\u000ab\\u0000\"]");
    }

    @Test
    void rootRendersEmpty() {
        assertThat(ElementPath.root()).hasToString("");
        assertThat(ElementPath.root().isRoot()).isTrue();
        assertThat(ElementPath.root().key("rc").isRoot()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"net.interfaces.vioif0.addrs[0].method", "mount[\"/data\"].source", "netbsd.sysctl[\"kern.hostname\"]",
        "env[\"A=B\"]", "rc[12]", "[\"a\\\"b\\\\c\"]", "[\"a\\u000ab\"]", "env[\"\\\\u0041\"]", "env[\"\"]", ""})
    void renderedPathParsesBackToItself(String rendered) {
        assertThat(ElementPath.parse(rendered)).hasToString(rendered);
    }

    @Test
    void parseGivesTheSegmentsThatBuildThePath() {
        assertThat(ElementPath.parse("mount[\"/data\"].options.size"))
                .isEqualTo(ElementPath.root().key("mount").key("/data").key("options").key("size"));
        assertThat(ElementPath.parse("[\"a\\u000ab\"]")).isEqualTo(ElementPath.root().key("a\nb"));
    }

    @Test
    void lastKeyAndContains() {
        ElementPath mount = ElementPath.parse("mount[\"/data\"]");

        assertThat(mount.lastKey()).contains("/data");
        assertThat(ElementPath.parse("rc[0]").lastKey()).isEmpty();
        assertThat(mount.contains(ElementPath.parse("mount[\"/data\"].source"))).isTrue();
        assertThat(mount.contains(ElementPath.parse("mount[\"/etc\"].source"))).isFalse();
        assertThat(mount.contains(mount)).isTrue();
    }
}
