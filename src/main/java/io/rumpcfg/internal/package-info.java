/**
 * Helpers the library's packages share and its users need not see: bounded reading of a
 * configuration's bytes, the one rule for how many diagnostics are shown, and the one style
 * of the JSON rumpcfg prints. The module does not export this package.
 */
package io.rumpcfg.internal;
