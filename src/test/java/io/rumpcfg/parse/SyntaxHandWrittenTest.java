package io.rumpcfg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written checks in {@link Syntax} must accept exactly what the patterns (or, for
 * paths, the split-based rule) they replace on the hot path accept.
 */
class SyntaxHandWrittenTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "z", "kern", "kern.maxfiles", "net.inet.ip.forwarding", "a_1.b2_", "a.b.c.d",
        "A", "kern.Maxfiles", "1kern", "kern.", ".kern", "kern..maxfiles", "kern.1x", "kern._x", "kern-x", "_a",
        "a.b ", " a", "ké", "a\u0000", "proc.curproc.rlimit.maxproc.soft", "a9", "a.z9_"})
    void sysctlKeyCheckAgreesWithItsPattern(String key) {
        assertThat(Syntax.isSysctlKey(key)).isEqualTo(SyntaxPatterns.SYSCTL_KEY.matcher(key).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "1", "9", "10", "32", "64", "128", "255", "999", "1000", "00", "01", "007", "-1",
        "+1", " 1", "1 ", "1a", "a", "\u0661", "１"})
    void prefixLengthCheckAgreesWithItsPattern(String text) {
        // Three digits at most, so no bound below 999 is reached.
        assertThat(Syntax.prefixLength(text, 0, 999) >= 0).isEqualTo(SyntaxPatterns.PREFIX_LENGTH.matcher(text).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "1", "9", "10", "24", "32", "33", "64", "128", "129", "255", "999", "1000", "00",
        "01", "007", "-1", "+1", " 1", "1 ", "1a", "a", "\u0661", "１"})
    void prefixLengthOfAFamilyAgreesWithItsPatternAndBound(String text) {
        for (int bits : new int[] {32, 128}) {
            boolean valid = SyntaxPatterns.PREFIX_LENGTH.matcher(text).matches() && Integer.parseInt(text) <= bits;
            Optional<Integer> expected = valid ? Optional.of(Integer.parseInt(text)) : Optional.empty();
            assertThat(Syntax.prefixLength(text, bits)).isEqualTo(expected);
            // After the slash of an address, as the cidr reader asks.
            assertThat(Syntax.prefixLength("10.0.0.2/" + text, "10.0.0.2/".length(), bits)).isEqualTo(expected.orElse(-1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "=", "a", "A=", "=a", "a=b", "PATH", "APP_SETTING_1", "a b", "é", "a==", " "})
    void envNameIsNonEmptyWithoutAnEqualsSign(String name) {
        assertThat(Syntax.isEnvName(name)).isEqualTo(!name.isEmpty() && !name.contains("="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "//", "/a", "/a/", "/a/b", "a", "a/b", "/.", "/..", "/a/.", "/a/..", "/./a",
        "/...", "/.a", "/a//b", "/srv/data0", " /a", "\\a"})
    void normalAbsolutePathIsARootOrANormalRelativeAfterASlash(String path) {
        boolean expected = path.equals("/") || (path.startsWith("/") && normalRelativeBySplitting(path.substring(1)));
        assertThat(Syntax.isNormalAbsolutePath(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "1", "4M", "4m", "4k", "4K", "4g", "4G", "4T", "4MB", "M", "k", "1024",
        "9223372036854775807", "9223372036854775808", "99999999999999999999", "8589934591G", "8589934592G",
        "8796093022207M", "8796093022208M", "9007199254740991k", "9007199254740992k", "0k", "00", "007M", "-1",
        "+1", " 4M", "4M ", "4 M", "\u0661", "１M", "1234567890123456789k", "12345678901234567890k",
        "9999999999999999999", "9999999999999999999k", "1000000000000000000", "18446744073709551615",
        "18446744073709551616", "9223372036854775809", "09223372036854775807"})
    void sizeAgreesWithItsPattern(String text) {
        assertThat(Syntax.sizeOf(text).orElse(-1L)).isEqualTo(sizeByPattern(text).orElse(-1L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a/b", "a/b/c", "/", "a/", "/a", "a//b", ".", "..", "./a", "a/.", "a/..", "../a",
        "...", ".a", "a.", "..a", "a/.b", "a/b..", "a/./b", "//", "a/...", "é/ü"})
    void normalRelativeCheckAgreesWithSplitting(String path) {
        assertThat(Syntax.isNormalRelative(path)).isEqualTo(normalRelativeBySplitting(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a0", "vioif0", "vioif15", "xenif0", "ab", "a1", "0a", "A0", "vioif", "vio_if0",
        "abcdefghijklmn0", "abcdefghijklmno0", "a23456789012345", "a234567890123456", "é0", "a 0", "re0 "})
    void interfaceNameCheckAgreesWithItsPattern(String name) {
        assertThat(Syntax.isInterfaceName(name)).isEqualTo(SyntaxPatterns.INTERFACE_NAME.matcher(name).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "z", "ld0", "xbd0", "data_disk", "a_", "_a", "0a", "A", "aB", "a-b", "a.b",
        "abcdefghijklmnopqrstuvwxyz01234", "abcdefghijklmnopqrstuvwxyz012345", "é", "a b"})
    void blkNameCheckAgreesWithItsPattern(String name) {
        assertThat(Syntax.isBlkName(name)).isEqualTo(SyntaxPatterns.BLK_NAME.matcher(name).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "blkfront:", "blkfront:xvda", "blkfront:xvdab12", "blkfront:sda", "blkfront:hdb1",
        "blkfront:xvd", "blkfront:sd", "blkfront:sd1", "blkfront:xvda1b", "blkfront:vda", "blkfront:XVDA",
        "blkfront:xvda ", "blkfront:sdxvda", "solo5:", "solo5:disk", "solo5:disk_1", "solo5:Disk", "solo5:1disk",
        "solo5:abcdefghijklmnopqrstuvwxyz01234", "solo5:abcdefghijklmnopqrstuvwxyz012345", "xvda", "solo5disk",
        "blkfrontxvda", "blkfront:xvda\n"})
    void etfsPathCheckAgreesWithItsPattern(String path) {
        assertThat(Syntax.isEtfsPath(path)).isEqualTo(SyntaxPatterns.ETFS_PATH.matcher(path).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "vnd", "vnd0", "vnd1", "vnd9", "vnd10", "vnd255", "vnd256", "vnd999", "vnd1000",
        "vnd00", "vnd01", "vnd007", "vnda", "vnd-1", "Vnd0", "vnd0 ", "xvnd0", "vnd\u0661"})
    void vndUnitAgreesWithItsPattern(String name) {
        Matcher m = SyntaxPatterns.VND_NAME.matcher(name);
        Optional<Integer> byPattern = m.matches() && Integer.parseInt(m.group(1)) <= io.rumpcfg.model.Blk.Vnd.MAX_UNIT
                ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        assertThat(Syntax.vndUnit(name)).isEqualTo(byPattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "web", "web-1", "web.example.com", "a.b.c", "-a", "a-", "a--b", "a..b", ".a",
        "a.", "1", "1.2.3.4", "1.2.3.a", "123abc", "A.B", "a_b", "a b", "é", "host.", "x.y-z.0",
        "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij123",
        "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij1234"})
    void hostnameCheckAgreesWithItsPattern(String name) {
        assertThat(Syntax.isHostname(name)).isEqualTo(hostnameByPattern(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "proc.curproc.rlimit.", "proc.curproc.rlimit.maxproc.soft", "proc.curproc.rlimit.x.y",
        "proc.curproc.rlimit.maxproc", "proc.curproc.rlimit.maxproc.", "proc.curproc.rlimit..soft",
        "proc.curproc.rlimit.a.b.c", "proc.curproc.rlimit.a b.c\n", "kern.maxfiles", "proc.curproc.rlimitx.a.b",
        "Proc.curproc.rlimit.a.b"})
    void rlimitSplitAgreesWithItsPattern(String key) {
        Matcher m = SyntaxPatterns.RLIMIT_KEY.matcher(key);
        Optional<Syntax.Rlimit> byPattern = m.matches() ? Optional.of(new Syntax.Rlimit(m.group(1), m.group(2)))
                : Optional.empty();
        assertThat(Syntax.rlimit(key)).isEqualTo(byPattern);
    }

    /** {@link Syntax#isHostname} by pattern: split at dots, each a {@link SyntaxPatterns#LABEL}. */
    private static boolean hostnameByPattern(String name) {
        if (name.isEmpty() || name.length() > Syntax.MAX_HOSTNAME) {
            return false;
        }
        boolean allNumeric = true;
        for (String label : name.split("\\.", -1)) {
            if (label.length() > Syntax.MAX_LABEL || !SyntaxPatterns.LABEL.matcher(label).matches()) {
                return false;
            }
            allNumeric &= label.chars().allMatch(c -> c >= '0' && c <= '9');
        }
        return !allNumeric;
    }

    /** {@link Syntax#sizeOf} by pattern, {@link SyntaxPatterns#SIZE}. */
    private static Optional<Long> sizeByPattern(String text) {
        Matcher m = SyntaxPatterns.SIZE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int shift = "kmg".indexOf(m.group(2).toLowerCase()) * 10 + 10;
        shift = m.group(2).isEmpty() ? 0 : shift;
        try {
            long n = Long.parseLong(m.group(1));
            return n <= 0 || n > (Long.MAX_VALUE >> shift) ? Optional.empty() : Optional.of(n << shift);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean normalRelativeBySplitting(String path) {
        if (path.isEmpty()) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
