package io.rumpcfg.parse;

import io.rumpcfg.model.Dns;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code net.dns}: what becomes /etc/resolv.conf. Name servers are address literals only. */
final class DnsReader {
    enum DnsKey implements Shape.Key { NAMESERVERS, SEARCH }

    private static final Shape<DnsKey> DNS = Shape.of("net.dns", DnsKey.values());

    private final Reading reading;

    DnsReader(Reading reading) {
        this.reading = reading;
    }

    Optional<Dns> read(int value, ElementPath path) {
        if (!reading.object(value, path)) {
            return Optional.empty();
        }
        Members<DnsKey> f = reading.members(value, path, DNS);
        boolean ok = true;
        List<IpAddress> nameservers = new ArrayList<>();
        if (f.has(DnsKey.NAMESERVERS)) {
            ok &= nameservers(f.value(DnsKey.NAMESERVERS), path.key("nameservers"), nameservers);
        }
        List<String> search = new ArrayList<>();
        if (f.has(DnsKey.SEARCH)) {
            ok &= search(f.value(DnsKey.SEARCH), path.key("search"), search);
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
            Optional<String> s = reading.string(item, at);
            Optional<IpAddress> server = s.isEmpty() ? Optional.empty() : IpAddress.parse(s.get());
            if (s.isPresent() && server.isEmpty()) {
                reading.problems.badValue(at, reading.tape.position(item), s.get(),
                        "an IPv4 or IPv6 address literal (names are never resolved)");
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
            Optional<String> domain = reading.string(item, at);
            if (domain.isPresent() && !Syntax.isHostname(domain.get())) {
                reading.problems.badValue(at, reading.tape.position(item), domain.get(),
                        "an RFC 1123 domain name: " + Faults.hostname(domain.get()));
                domain = Optional.empty();
            }
            if (domain.isPresent()) {
                out.add(domain.get());
            }
            ok &= domain.isPresent();
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
