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

    /**
     * The items of array {@code v}; empty, reported, when it is not an array. More than
     * {@code max} items are reported, and all are given, each to be read for its own problems.
     */
    private Optional<int[]> items(int v, ElementPath path, String what, int max) {
        if (!reading.array(v, path)) {
            return Optional.empty();
        }
        Tape t = reading.tape;
        int[] items = new int[t.count(v)];
        int i = 0;
        for (int item = t.first(v); item != Tape.NONE; item = t.next(item)) {
            items[i++] = item;
        }
        if (items.length > max) {
            reading.problems.tooMany(path.index(max), t.position(items[max]), what, items.length, max);
        }
        return Optional.of(items);
    }

    private boolean nameservers(int v, ElementPath path, List<IpAddress> out) {
        Optional<int[]> read = items(v, path, "nameservers", Syntax.MAX_NAMESERVERS);
        if (read.isEmpty()) {
            return false;
        }
        int[] items = read.get();
        boolean ok = items.length <= Syntax.MAX_NAMESERVERS;
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
        Optional<int[]> read = items(v, path, "search domains", Syntax.MAX_SEARCH_DOMAINS);
        if (read.isEmpty()) {
            return false;
        }
        int[] items = read.get();
        boolean ok = items.length <= Syntax.MAX_SEARCH_DOMAINS;
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
