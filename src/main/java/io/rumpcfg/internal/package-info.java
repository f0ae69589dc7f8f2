/**
 * Helpers the library's packages share and its users need not see: bounded reading of a
 * configuration's bytes, and the one rule for how many diagnostics are shown. The module
 * does not export this package.
 */
package io.rumpcfg.internal;
