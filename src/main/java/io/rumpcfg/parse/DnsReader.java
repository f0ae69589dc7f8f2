package io.rumpcfg.parse;

import io.rumpcfg.model.Dns;
import io.rumpcfg.model.ElementPath;
import io.rumpcfg.model.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code net.dns}: what becomes /etc/resolv.conf. Name servers are address literals only. */
final class DnsReader {
    static final List<String> KEYS = List.of("nameservers", "search");

    private final Reading reading;

    DnsReader(Reading reading) {
        this.reading = reading;
    }

    Optional<Dns> read(Json value, ElementPath path) {
        Optional<Json.Obj> obj = reading.object(value, path);
        if (obj.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Json.Member> f = reading.fields(obj.get(), path, "net.dns", KEYS);
        boolean ok = true;
        List<IpAddress> nameservers = new ArrayList<>();
        if (f.containsKey("nameservers")) {
            ok &= nameservers(f.get("nameservers").value(), path.key("nameservers"), nameservers);
        }
        List<String> search = new ArrayList<>();
        if (f.containsKey("search")) {
            ok &= search(f.get("search").value(), path.key("search"), search);
        }
        return ok ? Optional.of(new Dns(nameservers, search, Reading.origin(path, value))) : Optional.empty();
    }

    private boolean nameservers(Json v, ElementPath path, List<IpAddress> out) {
        Optional<Json.Arr> arr = reading.array(v, path);
        if (arr.isEmpty()) {
            return false;
        }
        List<Json> items = arr.get().items();
        boolean ok = true;
        if (items.size() > Syntax.MAX_NAMESERVERS) {
            reading.problems.tooMany(path.index(Syntax.MAX_NAMESERVERS),
                    items.get(Syntax.MAX_NAMESERVERS).position(), "nameservers", items.size(), Syntax.MAX_NAMESERVERS);
            ok = false;
        }
        for (int i = 0; i < items.size(); i++) {
            ElementPath at = path.index(i);
            Json item = items.get(i);
            Optional<IpAddress> server = reading.string(item, at).flatMap(s -> {
                Optional<IpAddress> a = IpAddress.parse(s);
                if (a.isEmpty()) {
                    reading.problems.badValue(at, item.position(), s, "an IPv4 or IPv6 address literal (names are never resolved)");
                }
                return a;
            });
            server.ifPresent(out::add);
            ok &= server.isPresent();
        }
        return ok;
    }

    private boolean search(Json v, ElementPath path, List<String> out) {
        Optional<Json.Arr> arr = reading.array(v, path);
        if (arr.isEmpty()) {
            return false;
        }
        List<Json> items = arr.get().items();
        boolean ok = true;
        if (items.size() > Syntax.MAX_SEARCH_DOMAINS) {
            reading.problems.tooMany(path.index(Syntax.MAX_SEARCH_DOMAINS),
                    items.get(Syntax.MAX_SEARCH_DOMAINS).position(), "search domains",
                    items.size(), Syntax.MAX_SEARCH_DOMAINS);
            ok = false;
        }
        for (int i = 0; i < items.size(); i++) {
            ElementPath at = path.index(i);
            Json item = items.get(i);
            Optional<String> domain = reading.string(item, at);
            if (domain.isPresent() && !Syntax.isHostname(domain.get())) {
                reading.problems.badValue(at, item.position(), domain.get(), "a domain name (RFC 1123)");
                domain = Optional.empty();
            }
            domain.ifPresent(out::add);
            ok &= domain.isPresent();
        }
        int line = Syntax.SEARCH_PREFIX.length() + String.join(" ", out).length();
        if (ok && line > Syntax.MAX_SEARCH_LINE) {
            reading.problems.badValue(path, v.position(), String.join(" ", out),
                    "a search list that fits the " + Syntax.MAX_SEARCH_LINE + "-character search line of resolv.conf (it is "
                            + line + ")");
            ok = false;
        }
        return ok;
    }
}
