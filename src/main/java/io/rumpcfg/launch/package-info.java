/**
 * The host's half of a launch: which devices a configuration needs from a hypervisor, the
 * commands that start a guest with them and with its configuration where that platform's
 * guest reads it, a shell rendering of those commands, and running them.
 *
 * <p>Internal: the command line ({@code rumpcfg launch}, {@code rumpcfg image}) is its one user.
 */
package io.rumpcfg.launch;
