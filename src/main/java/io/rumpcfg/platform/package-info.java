/**
 * The Platform SPI: what a guest runtime implements for rumpcfg to apply a configuration,
 * and {@link io.rumpcfg.platform.ProgramOutput}, through which a platform that runs real
 * programs hands on their output as it comes. Nothing else lives here.
 */
package io.rumpcfg.platform;
