/**
 * Writing a configuration out again: {@link io.rumpcfg.convert.ConfigWriter} in the current
 * format, normalised; {@link io.rumpcfg.convert.OlderWriter} in the older format, for the
 * guests that read only that one ({@link io.rumpcfg.convert.OlderDialect}), refusing (or,
 * lossy, leaving out with a warning) each element the older format cannot express.
 * Reading either result back gives the plan of what was written.
 */
package io.rumpcfg.convert;
