/**
 * The typed model of a rumprun configuration: immutable records, no I/O, no JSON.
 *
 * <p>Every element carries its {@link io.rumpcfg.model.Origin}, so that diagnostics and plan
 * steps can point back at the text the user wrote. {@link io.rumpcfg.model.Diagnostic} is the
 * value every package reports problems with.
 *
 * <p>Every value here is immutable, and may be shared between threads. No constructor or
 * method takes or returns null: what may be absent is an empty {@code Optional}, and the
 * constructors reject a null with {@code NullPointerException}.
 */
package io.rumpcfg.model;
