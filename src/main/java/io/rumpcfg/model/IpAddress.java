package io.rumpcfg.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address literal. Parsing never touches DNS: a configuration names
 * addresses, never host names, so that interpreting it has no network side effects.
 * Two spellings of one IPv6 address are equal.
 */
public final class IpAddress {
    private final byte[] bytes;

    private IpAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The address spelt by {@code text}, or empty if it is not an IPv4 or IPv6 literal. */
    public static Optional<IpAddress> parse(String text) {
        byte[] v4 = parse4(text);
        if (v4 != null) {
            return Optional.of(new IpAddress(v4));
        }
        byte[] v6 = parse6(text);
        return v6 == null ? Optional.empty() : Optional.of(new IpAddress(v6));
    }

    /** The address if it is of {@code family}. */
    public static Optional<IpAddress> parse(String text, AddressFamily family) {
        Optional<IpAddress> address = parse(text);
        return address.isPresent() && address.get().family() == family ? address : Optional.empty();
    }

    /** The family: inet for a 4-byte address, inet6 for a 16-byte one. */
    public AddressFamily family() {
        return bytes.length == 4 ? AddressFamily.INET : AddressFamily.INET6;
    }

    /** A copy of the address in network byte order: 4 or 16 bytes. */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Whether this address and {@code other} share their first {@code prefix} bits. */
    public boolean sameSubnet(IpAddress other, int prefix) {
        if (other.bytes.length != bytes.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit & 7);
            if ((bytes[bit >>> 3] & mask) != (other.bytes[bit >>> 3] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] parse4(String text) {
        // Walked in place (no split): four dot-separated decimal parts of 1..3 digits.
        byte[] out = new byte[4];
        int part = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '.') {
                char c = text.charAt(i);
                if (c < '0' || c > '9' || i - start >= 3) {
                    return null;
                }
                continue;
            }
            int length = i - start;
            // Leading zeros are refused: inet_aton would read them as octal.
            if (part == 4 || length == 0 || (length > 1 && text.charAt(start) == '0')) {
                return null;
            }
            int value = Integer.parseInt(text, start, i, 10);
            if (value > 255) {
                return null;
            }
            out[part++] = (byte) value;
            start = i + 1;
        }
        return part == 4 ? out : null;
    }

    private static byte[] parse6(String text) {
        if (text.length() < 2 || text.length() > 45) {
            return null;
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? text.substring(0, gap) : text;
        String tail = gap >= 0 ? text.substring(gap + 2) : "";
        int[] headWords = words(head, gap < 0);
        int[] tailWords = words(tail, true);
        if (headWords == null || tailWords == null) {
            return null;
        }
        int total = headWords.length + tailWords.length;
        if (gap >= 0 ? total > 7 : total != 8) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < headWords.length; i++) {
            out[2 * i] = (byte) (headWords[i] >>> 8);
            out[2 * i + 1] = (byte) headWords[i];
        }
        for (int i = 0; i < tailWords.length; i++) {
            int at = 8 - tailWords.length + i;
            out[2 * at] = (byte) (tailWords[i] >>> 8);
            out[2 * at + 1] = (byte) tailWords[i];
        }
        return out;
    }

    /** 16-bit words of one side of "::"; an embedded IPv4 tail counts as two words. */
    private static int[] words(String side, boolean mayEndInV4) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        int[] out = new int[parts.length + 1];
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && mayEndInV4 && part.indexOf('.') >= 0) {
                byte[] v4 = parse4(part);
                if (v4 == null) {
                    return null;
                }
                out[n++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                out[n++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
                continue;
            }
            if (part.isEmpty() || part.length() > 4) {
                return null;
            }
            int value = 0;
            for (int j = 0; j < part.length(); j++) {
                char c = part.charAt(j);
                // ASCII only: Character.digit would also take e.g. Arabic-Indic digits.
                int digit = c < 0x80 ? Character.digit(c, 16) : -1;
                if (digit < 0) {
                    return null;
                }
                value = (value << 4) | digit;
            }
            out[n++] = value;
        }
        return Arrays.copyOf(out, n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress && Arrays.equals(((IpAddress) o).bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The canonical text: dotted quad, or RFC 5952 for IPv6 (lower case, longest zero run as ::). */
    @Override
    public String toString() {
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1; // a single zero word is not shortened
        for (int i = 0; i < 8; ) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLen - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(w[i]));
        }
        return out.toString();
    }
}
