package io.rumpcfg.parse;

import io.rumpcfg.internal.DiagnosticLimit;
import io.rumpcfg.internal.GivenTwice;
import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.Position;
import io.rumpcfg.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The shape of the reader's messages, each under its {@link Code}, and the diagnostics of one
 * document collected. Messages start in lower case, quote the offending value
 * as JSON, and name the limit's setting and value for limits. After {@code maxDiagnostics}
 * diagnostics the rest are counted and summed up in one last diagnostic.
 */
final class Problems {
    private final int maxDiagnostics;
    /** Unknown root keys are errors ({@link ParseOptions#strict}). */
    private final boolean strict;
    /** Every warning is an error ({@link ParseOptions#denyWarnings}). */
    private final boolean denyWarnings;
    private final List<Diagnostic> shown = new ArrayList<>();
    private int suppressed;
    private boolean suppressedError;
    private boolean anyError;

    Problems(int maxDiagnostics, boolean strict, boolean denyWarnings) {
        this.maxDiagnostics = maxDiagnostics;
        this.strict = strict;
        this.denyWarnings = denyWarnings;
    }

    boolean hasErrors() {
        return anyError;
    }

    /** Every diagnostic, ending with the summary of those over the limit, if any. */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(shown);
        if (suppressed > 0) {
            all.add(DiagnosticLimit.summary(suppressed, suppressedError, maxDiagnostics));
        }
        return all;
    }

    // --- the document as a whole

    /** A JSON syntax error, in the words of {@link SyntaxErrors}; {@code path} is the element it lies in. */
    void syntax(ElementPath path, Position at, String message) {
        error(Code.SYNTAX, path, at, message);
    }

    void invalidUtf8(Position at, int b) {
        error(Code.INVALID_UTF8, ElementPath.root(), at, String.format("invalid UTF-8: byte 0x%02X", b & 0xff));
    }

    void wideEncoding(Position at) {
        error(Code.INVALID_UTF8, ElementPath.root(), at, "the document is not UTF-8: NUL bytes beside its first character, as"
                + " UTF-16 and UTF-32 have them; save it as UTF-8");
    }

    void emptyDocument(Position at) {
        error(Code.NOT_AN_OBJECT, ElementPath.root(), at, "the document is empty: a configuration is a JSON object, at least {}");
    }

    void notAnObject(Position at, String found) {
        error(Code.NOT_AN_OBJECT, ElementPath.root(), at, "a configuration must be a JSON object, found " + found);
    }

    void trailingContent(Position at, Position end) {
        error(Code.TRAILING_CONTENT, ElementPath.root(), at, "unexpected text after the configuration, which ends at " + end);
    }

    // --- limits: "<what> is <n>, over the limit <setting>=<limit>"

    void documentTooLarge(Position at, long seen, boolean atLeast, int limit) {
        limit(ElementPath.root(), at, "document is " + (atLeast ? "at least " : "") + seen + " bytes", "maxDocumentBytes", limit);
    }

    void tooDeep(ElementPath path, Position at, int depth, int limit) {
        limit(path, at, "nesting depth is " + depth, "maxDepth", limit);
    }

    void stringTooLong(ElementPath path, Position at, int bytes, int limit) {
        limit(path, at, "string is " + bytes + " bytes", "maxStringBytes", limit);
    }

    void tooManyMembers(ElementPath path, Position at, String what, int count, int limit) {
        limit(path, at, what + " has " + count + " members", "maxMembers", limit);
    }

    void numberTooLong(ElementPath path, Position at, int length, int limit) {
        limit(path, at, "number is " + length + " characters", "maxNumberLength", limit);
    }

    /** A limit of Jackson's that fired although ours should have first. */
    void parserLimit(Position at) {
        error(Code.LIMIT, ElementPath.root(), at, "over a limit of the JSON reader");
    }

    private void limit(ElementPath path, Position at, String what, String setting, int limit) {
        error(Code.LIMIT, path, at, what + ", over the limit " + setting + "=" + limit);
    }

    // --- keys and shapes

    /** The string itself is not quoted: it may be a secret's value. */
    void controlCharacter(ElementPath path, Position at, String text, int index) {
        error(Code.CONTROL_CHARACTER, path, at, String.format("the string contains control character U+%04X at index %d",
                (int) text.charAt(index), index));
    }

    /** An escape that gives half a UTF-16 pair: no character, and no name or path any platform can hold. */
    void loneSurrogate(ElementPath path, Position at, String text, int index) {
        error(Code.LONE_SURROGATE, path, at, String.format("the string holds a lone UTF-16 surrogate U+%04X at index %d, which"
                + " is no Unicode character (an escape of half a pair)", (int) text.charAt(index), index));
    }

    /** An unknown key; without a near miss to suggest, the message lists the keys that are known. */
    void unknownKey(ElementPath path, Position at, String key, String where, List<String> known, boolean warning) {
        Optional<String> suggestion = Suggest.nearest(key, known);
        String hint = suggestion.isPresent() ? didYouMean(suggestion)
                : known.isEmpty() ? "; it takes none"
                : "; expected " + known.stream().map(Problems::quote).collect(Collectors.joining(", "));
        String message = "unknown key " + quote(key) + " in " + where + hint;
        if (warning && !strict) {
            warning(Code.UNKNOWN_KEY, path, at, message);
        } else {
            error(Code.UNKNOWN_KEY, path, at, message);
        }
    }

    void duplicateKey(ElementPath path, Position at, String key, Position first) {
        error(Code.DUPLICATE_KEY, path, at, "key " + quote(key) + " repeated; first at " + first);
    }

    /** A name declared twice across repeated root keys: a mountpoint, blk device, interface, env name. */
    void declaredTwice(ElementPath path, Position at, String what, String name, Position first) {
        add(GivenTwice.diagnostic(path, at, what, name, new Origin(ElementPath.root(), first)));
    }

    /** A root key that can be given once (hostname, net.dns) given again. */
    void givenTwice(ElementPath path, Position at, Position first) {
        error(Code.DUPLICATE, path, at, path + " already given at " + first + "; it can be given once");
    }

    void missingKey(ElementPath path, Position at, String key) {
        error(Code.MISSING_KEY, path, at, "missing required key " + quote(key));
    }

    void notAllowedKey(ElementPath path, Position at, String key, String because) {
        error(Code.UNKNOWN_KEY, path, at, "key " + quote(key) + " is not allowed " + because);
    }

    void wrongType(ElementPath path, Tape tape, int found, String expected) {
        error(Code.WRONG_TYPE, path, tape.position(found), "expected " + expected + ", found "
                + (isSecret(path) ? tape.typeName(found) : describe(tape, found)));
    }

    /** Whether the element at {@code path} is a variable whose value must not be shown. */
    private static boolean isSecret(ElementPath path) {
        Optional<String> key = path.lastKey();
        return key.isPresent() && EnvVar.looksSecret(key.get());
    }

    void badEnum(ElementPath path, Position at, String value, String what, List<String> allowed, Optional<String> suggestion) {
        error(Code.BAD_VALUE, path, at, quote(value) + " is not a valid " + what + "; expected "
                + allowed.stream().map(Problems::quote).collect(Collectors.joining(", ")) + didYouMean(suggestion));
    }

    void outOfRange(ElementPath path, Position at, String text, long min, long max) {
        error(Code.OUT_OF_RANGE, path, at, text + " is out of range " + min + ".." + max);
    }

    /** A value of the right type that breaks a rule; {@code rule} says what it must be. */
    void badValue(ElementPath path, Position at, String value, String rule) {
        error(Code.BAD_VALUE, path, at, quote(value) + " is not " + rule);
    }

    void unknownBin(ElementPath path, Position at, String bin, List<String> bins, Optional<String> suggestion) {
        error(Code.UNKNOWN_BIN, path, at, "no binary " + quote(bin) + " is baked in; baked: "
                + (bins.isEmpty() ? "none" : String.join(", ", bins)) + didYouMean(suggestion));
    }

    void deprecatedFirstBin(ElementPath path, Position at) {
        warning(Code.DEPRECATED, path, at, "\"*\" as bin is deprecated; name the binary");
    }

    void pipeAtEnd(ElementPath path, Position at) {
        error(Code.BAD_VALUE, path, at, "the last rc entry cannot pipe (\"|\"): no entry follows to read its output");
    }

    void hostnameConflict(ElementPath path, Position at, String sysctlValue, String hostname, Position hostnameAt) {
        error(Code.CONFLICT, path, at, "kern.hostname " + quote(sysctlValue) + " conflicts with hostname "
                + quote(hostname) + " at " + hostnameAt);
    }

    void hostnameRepeated(ElementPath path, Position at, String hostname, Position hostnameAt) {
        warning(Code.DUPLICATE, path, at, "kern.hostname repeats hostname " + quote(hostname) + " at " + hostnameAt
                + "; give it once");
    }

    void tooMany(ElementPath path, Position at, String what, int count, int max) {
        error(Code.TOO_MANY, path, at, count + " " + what + ", at most " + max + " allowed");
    }

    // --- the older format

    /** The one warning of an older document strict JSON refuses for the launcher's commas alone; {@code at} is where it failed. */
    void commaRepair(Position at, String repairs) {
        warning(Code.COMMA_REPAIR, ElementPath.root(), at, "not strict JSON, for the commas the older rumprun launcher wrote: " + repairs
                + "; the guest's parser reads past them, and so does rumpcfg");
    }

    void olderFormat(Position at, ElementPath firstKey) {
        warning(Code.OLDER_FORMAT, ElementPath.root(), at, "this document is in the older rumprun format (" + firstKey
                + " is of it), which is deprecated; \"rumpcfg convert\" rewrites it in the current format");
    }

    void mixedFormat(ElementPath path, Position at, ElementPath older, Position olderAt) {
        error(Code.MIXED_FORMAT, path, at, "mixes the two formats: " + path + " (at " + at + ") is of the current format, "
                + older + " (at " + olderAt + ") of the older one; write one of them (\"rumpcfg convert\" rewrites an older document)");
    }

    void cmdlineWithoutBins(ElementPath path, Position at) {
        warning(Code.OLDER_CMDLINE_BINS, path, at, "the argv of every baked binary, but they are not known here: it goes to "
                + "\"*\" (the first baked binary) only; pass --bins NAME,... in bake order to give it to each");
    }

    /** A key the original ignored, in a case this reader ignores it too. */
    void olderIgnored(ElementPath path, Position at, String key, String when) {
        warning(Code.OLDER_IGNORED, path, at, quote(key) + " is ignored " + when + ", as the original did; convert drops it");
    }

    /** A string the guest takes undecoded: it sees {@code raw}, escapes and all, and so does rumpcfg. */
    void olderEscape(ElementPath path, Position at, String raw, String decoded) {
        warning(Code.OLDER_ESCAPE, path, at, "the guest does not decode JSON escapes: it takes " + quote(raw)
                + " as written, and so does rumpcfg (a JSON reader would see " + quote(decoded) + ")");
    }

    /** An env string with an escape: the value is not quoted, since it may be a secret. */
    void olderEscapeEnv(ElementPath path, Position at, String name) {
        warning(Code.OLDER_ESCAPE, path, at, "the guest does not decode JSON escapes: " + name
                + " gets its value as written, backslashes and all, and so it does here");
    }

    /** A cmdline whose escapes change the guest's argv, which it splits from the undecoded text. */
    void olderEscapeArgv(ElementPath path, Position at, List<String> guestArgv, List<String> decodedArgv) {
        warning(Code.OLDER_ESCAPE, path, at, "the guest splits the text as written, without decoding JSON escapes: its argv is "
                + words(guestArgv) + ", and so it is here (a JSON reader would see " + words(decodedArgv) + ")");
    }

    void olderHostname(ElementPath path, Position at, String name) {
        warning(Code.OLDER_HOSTNAME, path, at, quote(name) + " is not an RFC 1123 host name, but the original guest sets it "
                + "as is; read as netbsd sysctl " + Hostname.SYSCTL_KEY + ", which the current format takes as is");
    }

    void olderJoinedArgs(ElementPath path, Position at, List<String> argv) {
        warning(Code.OLDER_SPLIT, path, at, "the guest splits at every run of blanks, so its argv is " + words(argv)
                + ": an empty argument, or one with leading, trailing or repeated blanks, joined in without quoting"
                + " (as urunc and runnc join a container's args) is lost; quote it (\"a  b\", '')");
    }

    void olderMaskOne(ElementPath path, Position at, String addr) {
        warning(Code.OLDER_MASK, path, at, "mask \"1\" is prefix length 1 (128.0.0.0), urunc's way to put every gateway "
                + "on the link: the guest takes " + addr + "/1, so every address in its half of the IPv4 space "
                + "is reached without a gateway; read as /1 too");
    }

    void olderMaskZero(ElementPath path, Position at, String addr) {
        warning(Code.OLDER_MASK, path, at, "prefix length 0: the guest makes the netmask as ~0 << 32, which x86 takes as ~0,"
                + " so it configures " + addr + "/32, not /0; read as /32 too");
    }

    void olderRcWithoutBins(ElementPath path, Position at) {
        warning(Code.OLDER_RC_BINS, path, at, "each entry starts the next baked binary in bake order, but they are not "
                + "known here: each is taken to be named as its bin (its argv[0]); pass --bins NAME,... in bake order");
    }

    /** Where rumprun master's guest halts (or crashes): the document does not boot. */
    void olderHalt(ElementPath path, Position at, String why) {
        error(Code.OLDER_HALT, path, at, "rumprun master's guest halts here: " + why);
    }

    void olderRootfsCfg(Position at, String file) {
        error(Code.OLDER_ROOTFS, ElementPath.root(), at, "the guest finds \"_RUMPRUN_ROOTFSCFG=\" in its text (it searches all of"
                + " it, values too) and reads its configuration from the root disk instead, from the file "
                + quote(file) + ", not from this document");
    }

    /** {@code strict} is the first diagnostic of the strict reading: a syntax error, or a limit. */
    void olderSyntax(Position at, Diagnostic strict) {
        warning(Code.OLDER_SYNTAX, ElementPath.root(), at, (strict.code() == Code.LIMIT
                ? "over a limit of strict reading (" + strict.message() + "), which rumprun master's guest does not have"
                : "not strict JSON from here on") + "; the guest's lenient parser reads it, and so does rumpcfg");
    }

    void olderSkipped(Position at, Position brace) {
        warning(Code.OLDER_SKIPPED, ElementPath.root(), at, "the guest skips everything before the first '{' (at " + brace
                + "); so does rumpcfg");
    }

    void olderPrefix(ElementPath path, Position at, String key, String name) {
        warning(Code.OLDER_PREFIX, path, at, "the guest matches keys by prefix: it reads " + quote(key) + " as "
                + quote(name) + "; write " + quote(name));
    }

    /** A value given again, where the guest keeps the last. */
    void olderLastWins(ElementPath path, Position at, String what, Position first) {
        warning(Code.OLDER_TWICE, path, at, what + " is given again (first at " + first + "): the guest keeps this one, the last");
    }

    /** An argv the guest gathers but gives to no program. */
    void olderUnused(ElementPath path, Position at, String why) {
        warning(Code.OLDER_UNUSED, path, at, why);
    }

    void olderCut(ElementPath path, Position at, String p, String device, String disk) {
        warning(Code.OLDER_CUT, path, at, quote(p) + " is longer than the guest's device-name buffer: it registers "
                + quote(device) + " backed by " + quote(disk) + ", cut short; so does rumpcfg");
    }

    void olderAtoi(ElementPath path, Position at, String text, long prefix) {
        warning(Code.OLDER_ATOI, path, at, "the guest reads mask " + quote(text) + " with atoi, as prefix length " + prefix);
    }

    void olderRawControl(ElementPath path, Position at, int b) {
        warning(Code.OLDER_RAW, path, at, String.format("a raw control character (0x%02x) inside a string, which JSON does"
                + " not allow: the guest takes it as part of the string, and so does rumpcfg", b));
    }

    void olderMountpoint(ElementPath path, Position at, String written, String mountpoint) {
        warning(Code.OLDER_MOUNTPOINT, path, at, "the guest makes each directory of " + quote(written) + " and mounts at "
                + mountpoint + "; write " + quote(mountpoint));
    }

    void olderHidden(ElementPath path, Position at, String mountpoint, String above, Position aboveAt) {
        warning(Code.OLDER_MOUNTPOINT, path, at, "the guest mounts " + mountpoint + " before " + above + " (at " + aboveAt
                + "), which then hides it; rumpcfg mounts " + above + " first, so " + mountpoint + " stays in view: put"
                + " this blk after that one");
    }

    void olderMountedTwice(ElementPath path, Position at, String mountpoint, Position first) {
        warning(Code.OLDER_MOUNTPOINT, path, at, mountpoint + " is mounted already (at " + first
                + "): the guest mounts this one over it, and what is below it is hidden");
    }

    /** A shape only the Solo5 forks read: master halts on it. */
    void olderFork(ElementPath path, Position at, String key, String what) {
        warning(Code.OLDER_FORK, path, at, "rumprun master's guest halts on this " + key + "; the Solo5 forks urunc and runnc"
                + " start read it, and so does rumpcfg: it " + what);
    }

    void olderGatewayLease(ElementPath path, Position at, String gw) {
        warning(Code.OLDER_GATEWAY, path, at, "gateway " + gw + " is on no static subnet configured so far: the guest adds"
                + " it only if an earlier dhcp or auto address put it on a subnet, or it halts");
    }

    // --- plumbing

    private void error(Code code, ElementPath path, Position at, String message) {
        add(new Diagnostic(Severity.ERROR, code, message, path, at));
    }

    private void warning(Code code, ElementPath path, Position at, String message) {
        Diagnostic d = new Diagnostic(Severity.WARNING, code, message, path, at);
        add(denyWarnings ? d.asError() : d);
    }

    private void add(Diagnostic d) {
        anyError |= d.isError();
        if (shown.size() < maxDiagnostics) {
            shown.add(d);
        } else {
            suppressed++;
            suppressedError |= d.isError();
        }
    }

    private static String didYouMean(Optional<String> suggestion) {
        return suggestion.map(s -> "; did you mean " + quote(s) + "?").orElse("");
    }

    private static String describe(Tape tape, int found) {
        if (tape.isString(found)) {
            return "string " + quote(tape.text(found));
        }
        if (tape.isNumber(found)) {
            return "number " + tape.text(found);
        }
        if (tape.isBoolean(found)) {
            return "boolean " + tape.booleanValue(found);
        }
        return tape.typeName(found);
    }

    private static String words(List<String> argv) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < argv.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(quote(argv.get(i)));
        }
        return out.append(']').toString();
    }

    /** {@code s} quoted as every diagnostic quotes a value: {@link Diagnostic#quote}. */
    static String quote(String s) {
        return Diagnostic.quote(s);
    }
}
