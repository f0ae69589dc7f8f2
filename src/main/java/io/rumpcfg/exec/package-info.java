/**
 * Applies a {@link io.rumpcfg.plan.Plan} through a {@link io.rumpcfg.platform.Platform}:
 * {@link io.rumpcfg.exec.Executor} runs the steps in order, stops at the first failure and
 * returns a {@link io.rumpcfg.exec.BootReport}; an {@link io.rumpcfg.exec.ExecListener} hears
 * about each step as it happens. Nothing here prints; logging goes through SLF4J.
 */
package io.rumpcfg.exec;
