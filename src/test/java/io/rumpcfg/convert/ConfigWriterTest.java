package io.rumpcfg.convert;

import static io.rumpcfg.testing.RumpcfgAssertions.assertThatConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.AddrMethod;
import io.rumpcfg.model.AddressFamily;
import io.rumpcfg.model.Blk;
import io.rumpcfg.model.Cidr;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.Dns;
import io.rumpcfg.model.EnvVar;
import io.rumpcfg.model.Gateway;
import io.rumpcfg.model.Hostname;
import io.rumpcfg.model.IfAddr;
import io.rumpcfg.model.IpAddress;
import io.rumpcfg.model.Mount;
import io.rumpcfg.model.MountSource;
import io.rumpcfg.model.Net;
import io.rumpcfg.model.NetInterface;
import io.rumpcfg.model.Origin;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.model.Sysctl;
import io.rumpcfg.model.SysctlValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigWriterTest {
    private static final Origin O = Origin.SYNTHETIC;

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }

    @Test
    void emptyConfigIsAnEmptyObject() {
        assertThat(ConfigWriter.write(Config.empty())).isEqualTo("{ }\n");
    }

    @Test
    void writesEveryKeyInSpecOrderAndLeavesDefaultsOutAsAValidDocument() {
        Config config = new Config(
                List.of(new Sysctl("kern.maxfiles", new SysctlValue.Int(4096), O)),
                Optional.of(List.of(
                        new RcEntry("producer", List.of("producer", "/in"), RunMode.PIPE, Optional.empty(), List.of(), O),
                        new RcEntry("consumer", List.of(), RunMode.WAIT, Optional.of("/home"),
                                List.of(new Sysctl("rlimit.descriptors.soft", new SysctlValue.Str("unlimited"), O)), O))),
                List.of(new EnvVar("TZ", "UTC", O)),
                Optional.of(new Hostname("web1", O)),
                new Net(
                        List.of(new NetInterface("xenif0", true, List.of(
                                new IfAddr(AddressFamily.INET, AddrMethod.STATIC,
                                        Optional.of(new Cidr(ip("10.0.0.2"), 24)), O),
                                new IfAddr(AddressFamily.INET6, AddrMethod.AUTO, Optional.empty(), O)), O)),
                        List.of(new Gateway(AddressFamily.INET, ip("10.0.0.1"), O)),
                        Optional.of(new Dns(List.of(ip("2001:DB8:0:0::53")), List.of("example.net"), O))),
                List.of(new Blk.Vnd("vnd0", 0, "images/a.iso", O)),
                List.of(
                        new Mount("/tmp", new MountSource.Tmpfs(4L << 20, Optional.of("4M")), O),
                        new Mount("/home", new MountSource.Nfs("nas", "/export", 3, MountSource.Proto.UDP, false), O)));

        String written = ConfigWriter.write(config);

        assertThat(written).isEqualTo("""
                {
                  "rc": [
                    {
                      "bin": "producer",
                      "argv": [
                        "producer",
                        "/in"
                      ],
                      "runmode": "|"
                    },
                    {
                      "bin": "consumer",
                      "workdir": "/home",
                      "netbsd": {
                        "sysctl": {
                          "rlimit.descriptors.soft": "unlimited"
                        }
                      }
                    }
                  ],
                  "env": {
                    "TZ": "UTC"
                  },
                  "hostname": "web1",
                  "netbsd": {
                    "sysctl": {
                      "kern.maxfiles": 4096
                    }
                  },
                  "net": {
                    "interfaces": {
                      "xenif0": {
                        "create": true,
                        "addrs": [
                          {
                            "type": "inet",
                            "method": "static",
                            "addr": "10.0.0.2/24"
                          },
                          {
                            "type": "inet6",
                            "method": "auto"
                          }
                        ]
                      }
                    },
                    "gateways": [
                      {
                        "type": "inet",
                        "addr": "10.0.0.1"
                      }
                    ],
                    "dns": {
                      "nameservers": [
                        "2001:db8::53"
                      ],
                      "search": [
                        "example.net"
                      ]
                    }
                  },
                  "blk": {
                    "vnd0": {
                      "type": "vnd",
                      "path": "images/a.iso"
                    }
                  },
                  "mount": {
                    "/tmp": {
                      "source": "tmpfs",
                      "options": {
                        "size": "4M"
                      }
                    },
                    "/home": {
                      "source": "nfs",
                      "path": "nas:/export",
                      "options": {
                        "proto": "udp"
                      }
                    }
                  }
                }
                """);
        assertThatConfig(written).withBins("producer", "consumer").isValid();
    }
}
