package io.rumpcfg.parse;

import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.IpAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rule a refused host name or address breaks, in words: the checks of {@link Syntax}
 * and {@link IpAddress} say only yes or no, fast, for every value; these are asked once a
 * value is refused, so that its message names what to fix ("all of it is digits", "prefix
 * length 33 is over 32") rather than the whole rule.
 */
final class Faults {
    private Faults() {}

    /** Why {@code name}, refused by {@link Syntax#isHostname}, is no RFC 1123 host name. */
    static String hostname(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        if (name.length() > Syntax.MAX_HOSTNAME) {
            return "it is " + name.length() + " characters, over RFC 1123's " + Syntax.MAX_HOSTNAME;
        }
        boolean allDigits = true;
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty()) {
                return "it has an empty label (a leading, trailing or doubled dot)";
            }
            if (label.length() > Syntax.MAX_LABEL) {
                return "its label " + Problems.quote(label) + " is " + label.length() + " characters, over RFC 1123's "
                        + Syntax.MAX_LABEL;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!isLetterOrDigit(c) && c != '-') {
                    return "it holds " + Problems.quote(String.valueOf(c)) + ": a label takes only letters, digits and"
                            + " inner hyphens";
                }
                allDigits &= c >= '0' && c <= '9';
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return "its label " + Problems.quote(label) + " starts or ends with a hyphen";
            }
        }
        return allDigits ? "it has no letter: an all-numeric name would read as an address"
                : "it breaks RFC 1123";
    }

    /** Why {@code text}, refused as an address literal of {@code family}, is none. */
    static String address(String text, AddressFamily family) {
        AddressFamily other = family == AddressFamily.INET ? AddressFamily.INET6 : AddressFamily.INET;
        if (IpAddress.parse(text, other).isPresent()) {
            return "it is an " + other.token() + " address; did you mean \"type\": " + Problems.quote(other.token()) + "?";
        }
        if (family == AddressFamily.INET6) {
            return "an inet6 address is up to eight groups of hexadecimal digits joined by \":\", with \"::\" once at most";
        }
        String[] parts = text.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                return "it has an empty part (a leading, trailing or doubled dot)";
            }
            for (int i = 0; i < part.length(); i++) {
                if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                    return "its part " + Problems.quote(part) + " is not a decimal number";
                }
            }
            if (part.length() > 1 && part.charAt(0) == '0') {
                return "its part " + Problems.quote(part) + " has a leading zero, which inet_aton reads as octal";
            }
            if (part.length() > 3 || Integer.parseInt(part) > 255) {
                return "its part " + part + " is over 255";
            }
        }
        return "it has " + parts.length + " parts; an inet address has 4 (\"10.0.0.2\")";
    }

    /**
     * Why {@code text} is no address of {@code family} with a prefix length: every fault, of
     * the address and of the prefix, joined.
     */
    static String cidr(String text, AddressFamily family) {
        int slash = text.lastIndexOf('/');
        List<String> faults = new ArrayList<>();
        String addr = slash < 0 ? text : text.substring(0, slash);
        AddressFamily other = family == AddressFamily.INET ? AddressFamily.INET6 : AddressFamily.INET;
        if (IpAddress.parse(addr, other).isPresent()) {
            return address(addr, family); // the family is the one fault: the prefix is the other family's
        }
        if (IpAddress.parse(addr, family).isEmpty()) {
            faults.add(address(addr, family));
        }
        if (slash < 0) {
            faults.add("the prefix length is missing (\"/" + (family == AddressFamily.INET ? 24 : 64) + "\")");
        } else if (Syntax.prefixLength(text, slash + 1, family.bits()) < 0) {
            faults.add(prefix(text.substring(slash + 1), family));
        }
        return String.join("; and ", faults);
    }

    private static String prefix(String prefix, AddressFamily family) {
        if (prefix.indexOf('.') >= 0) {
            return "a dotted mask is not taken: write the prefix length";
        }
        if (prefix.isEmpty() || prefix.length() > 3 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "the prefix length " + Problems.quote(prefix) + " is not a number 0.." + family.bits();
        }
        if (prefix.length() > 1 && prefix.charAt(0) == '0') {
            return "the prefix length " + Problems.quote(prefix) + " has a leading zero";
        }
        return "the prefix length " + prefix + " is over " + family.bits();
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
