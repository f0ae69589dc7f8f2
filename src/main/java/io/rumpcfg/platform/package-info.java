/**
 * The Platform SPI: what a guest runtime implements for rumpcfg to apply a configuration.
 * Nothing else lives here.
 */
package io.rumpcfg.platform;
