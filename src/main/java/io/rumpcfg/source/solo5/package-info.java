/** Solo5 guests (the rumprun forks urunc and runnc start): the limits of their command line. */
package io.rumpcfg.source.solo5;
