/**
 * A {@code --source SPEC}: what it names ({@link io.rumpcfg.source.spec.SourceSpec}, parsed
 * by {@link io.rumpcfg.source.spec.Sources#parse}) and the
 * {@link io.rumpcfg.source.ConfigSource} it opens: a file, standard input, a multiboot
 * dump, a xenstore key, a kernel command line. It sits above the platform sources, which
 * know nothing of specs, so that the source packages depend on each other one way only.
 */
package io.rumpcfg.source.spec;
