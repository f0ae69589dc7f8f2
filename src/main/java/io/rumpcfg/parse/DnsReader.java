package io.rumpcfg.parse;

import io.rumpcfg.model.Dns;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code net.dns}: what becomes /etc/resolv.conf. Name servers are address literals only. */
final class DnsReader {
    static final List<String> KEYS = List.of("nameservers", "search");
    private static final Fields.Known KNOWN = Fields.Known.of(KEYS);

    private final Reading reading;

    DnsReader(Reading reading) {
        this.reading = reading;
    }

    Optional<Dns> read(int value, ElementPath path) {
        if (!reading.object(value, path)) {
            return Optional.empty();
        }
        Fields f = reading.fields(value, path, "net.dns", KNOWN);
        boolean ok = true;
        List<IpAddress> nameservers = new ArrayList<>();
        if (f.has("nameservers")) {
            ok &= nameservers(f.value("nameservers"), path.key("nameservers"), nameservers);
        }
        List<String> search = new ArrayList<>();
        if (f.has("search")) {
            ok &= search(f.value("search"), path.key("search"), search);
        }
        return ok ? Optional.of(new Dns(nameservers, search, reading.origin(path, value))) : Optional.empty();
    }

    /** The items of array {@code v}. */
    private int[] items(int v) {
        Tape t = reading.tape;
        int[] out = new int[t.count(v)];
        int i = 0;
        for (int item = t.first(v); item != Tape.NONE; item = t.next(item)) {
            out[i++] = item;
        }
        return out;
    }

    private boolean nameservers(int v, ElementPath path, List<IpAddress> out) {
        if (!reading.array(v, path)) {
            return false;
        }
        int[] items = items(v);
        boolean ok = true;
        if (items.length > Syntax.MAX_NAMESERVERS) {
            reading.problems.tooMany(path.index(Syntax.MAX_NAMESERVERS),
                    reading.tape.position(items[Syntax.MAX_NAMESERVERS]), "nameservers", items.length, Syntax.MAX_NAMESERVERS);
            ok = false;
        }
        for (int i = 0; i < items.length; i++) {
            ElementPath at = path.index(i);
            int item = items[i];
            String s = reading.string(item, at);
            Optional<IpAddress> server = s == null ? Optional.empty() : IpAddress.parse(s);
            if (s != null && server.isEmpty()) {
                reading.problems.badValue(at, reading.tape.position(item), s, "an IPv4 or IPv6 address literal (names are never resolved)");
            }
            if (server.isPresent()) {
                out.add(server.get());
            }
            ok &= server.isPresent();
        }
        return ok;
    }

    private boolean search(int v, ElementPath path, List<String> out) {
        if (!reading.array(v, path)) {
            return false;
        }
        int[] items = items(v);
        boolean ok = true;
        if (items.length > Syntax.MAX_SEARCH_DOMAINS) {
            reading.problems.tooMany(path.index(Syntax.MAX_SEARCH_DOMAINS),
                    reading.tape.position(items[Syntax.MAX_SEARCH_DOMAINS]), "search domains",
                    items.length, Syntax.MAX_SEARCH_DOMAINS);
            ok = false;
        }
        for (int i = 0; i < items.length; i++) {
            ElementPath at = path.index(i);
            int item = items[i];
            String domain = reading.string(item, at);
            if (domain != null && !Syntax.isHostname(domain)) {
                reading.problems.badValue(at, reading.tape.position(item), domain, "an RFC 1123 domain name: " + Faults.hostname(domain));
                domain = null;
            }
            if (domain != null) {
                out.add(domain);
            }
            ok &= domain != null;
        }
        int line = Syntax.searchLineLength(out);
        if (ok && line > Syntax.MAX_SEARCH_LINE) {
            reading.problems.badValue(path, reading.tape.position(v), String.join(" ", out),
                    "a search list that fits the " + Syntax.MAX_SEARCH_LINE + "-character search line of resolv.conf (it is "
                            + line + ")");
            ok = false;
        }
        return ok;
    }
}
