package io.rumpcfg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The command-line grammar every command is parsed by. */
class ArgsTest {
    private static final Usage USAGE = Usage.of("try", "A command for the parser.")
            .operands("[FILE...]")
            .flag("--strict", "A flag.")
            .option("--format", "FORMAT", "One value.")
            .repeatable("--disk", "NAME=FILE", "Values given again.")
            .required("-o", "--output", "OUT", "A value with a short name too.")
            .build();

    private enum Shape { TEXT, JSON }

    private static Args parse(String... args) {
        return Args.parse(USAGE, args);
    }

    @Test
    void aValueFollowsItsOptionOrItsEqualsSign() {
        assertThat(parse("--format", "json").value("--format")).contains("json");
        assertThat(parse("--format=json").value("--format")).contains("json");
        assertThat(parse("--format=").value("--format")).contains("");
        assertThat(parse("--format", "-").value("--format")).contains("-");
    }

    @Test
    void aShortNameTakesItsValueJoinedOrNext() {
        assertThat(parse("-o", "x.iso").required("--output")).isEqualTo("x.iso");
        assertThat(parse("-ox.iso").required("--output")).isEqualTo("x.iso");
        assertThat(parse("-hVo", "x.iso").flag("--help")).isTrue();
        assertThat(parse("-hVo", "x.iso").flag("--version")).isTrue();
        assertThat(parse("-hVo", "x.iso").required("--output")).isEqualTo("x.iso");
    }

    @Test
    void operandsKeepTheirOrderAndDashIsOne() {
        Args args = parse("a.json", "--strict", "-", "b.json");

        assertThat(args.operands()).containsExactly("a.json", "-", "b.json");
        assertThat(args.flag("--strict")).isTrue();
        assertThat(args.flag("--format")).isFalse();
    }

    @Test
    void afterTwoDashesEverythingIsAnOperand() {
        assertThat(parse("--", "--strict", "-x").operands()).containsExactly("--strict", "-x");
        assertThat(parse("--", "--strict").flag("--strict")).isFalse();
    }

    @Test
    void aRepeatableOptionKeepsEveryValueInOrder() {
        assertThat(parse("--disk", "ld0=a", "--disk=ld1=b").values("--disk")).containsExactly("ld0=a", "ld1=b");
        assertThat(parse().values("--disk")).isEmpty();
    }

    @Test
    void choicesAndPathsAreConverted() {
        assertThat(parse("--format", "Json").choice("--format", Shape.values())).contains(Shape.JSON);
        assertThat(parse("--format", "a/b").path("--format")).contains(Path.of("a/b"));
        assertThat(parse().choice("--format", Shape.values())).isEmpty();
    }

    @Test
    void eachWrongLineIsAUsageErrorNamingTheOption() {
        assertUsageError(() -> parse("--form", "json"), "Unknown option: '--form'");
        assertUsageError(() -> parse("-x"), "Unknown option: '-x'");
        assertUsageError(() -> parse("--format"), "Missing required parameter for option '--format' (FORMAT)");
        assertUsageError(() -> parse("--format", "--strict"),
                "Missing required parameter for option '--format' (FORMAT)");
        assertUsageError(() -> parse("--strict=yes"), "option '--strict' takes no value, got '--strict=yes'");
        assertUsageError(() -> parse("--format", "a", "--format", "b").value("--format"),
                "option '--format' (FORMAT) should be specified only once");
        assertUsageError(() -> parse().required("--output"), "Missing required option: '--output=OUT'");
        assertUsageError(() -> parse("--format", "yaml").choice("--format", Shape.values()),
                "Invalid value for option '--format': expected one of text, json but was 'yaml'");
        assertUsageError(() -> {
            throw Args.invalid("--memory", new IllegalArgumentException("'64k' is no size"));
        }, "Invalid value for option '--memory': '64k' is no size");
    }

    @Test
    void aMisspeltOptionGetsTheNearOnesAsAHint() {
        assertThatThrownBy(() -> parse("--stirct")).isInstanceOfSatisfying(UsageError.class,
                e -> assertThat(e.hint()).contains("Possible solutions: --strict"));
        assertThatThrownBy(() -> parse("--bogus")).isInstanceOfSatisfying(UsageError.class,
                e -> assertThat(e.hint()).isEqualTo(Optional.empty()));
    }

    @Test
    void theSynopsisNamesEveryOptionAndTheOperands() {
        assertThat(USAGE.synopsis()).isEqualTo("Usage: rumpcfg try [-hV] [--strict] [--format=FORMAT] --output=OUT\n"
                + "                   [--disk=NAME=FILE]... [FILE...]\n");
        assertThat(List.of(USAGE.help().split("\n"))).contains("  -o, --output=OUT        A value with a short name too.");
    }

    private static void assertUsageError(Runnable parse, String message) {
        assertThatThrownBy(parse::run).isInstanceOf(UsageError.class).hasMessage(message);
    }
}
