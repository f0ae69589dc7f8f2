/**
 * Reading a configuration document: {@link io.rumpcfg.parse.ConfigParser} turns bytes into
 * a validated {@link io.rumpcfg.model.Config} and every {@link io.rumpcfg.model.Diagnostic}.
 *
 * <p>Reading goes in stages, each owned by one package-private class: the document's size
 * and encoding ({@code ConfigParser}); the tokens, over Jackson's streaming
 * {@code JsonParser}, onto a flat {@code Tape} (one entry per token, an element named by its
 * index) that keeps every member in document order, repeated keys included, while the limits
 * and the no-control-characters rule are checked ({@code TokenReader}); then the rules of
 * each part of the format ({@code RootReader}, {@code RcReader}, {@code EnvReader},
 * {@code NetReader}, {@code DnsReader}, {@code BlkReader}, {@code MountReader},
 * {@code SysctlReader}), plain methods over the tape that append path segments; each
 * fixed-shape object's keys are one enum, its {@code Shape}, read into {@code Members}.
 * {@code Reading} holds what they share: typed access, where a value that may be absent is an
 * {@code Optional} (empty when missing or wrong, and then reported), the checks of
 * fixed-shape objects, and {@code UniqueNames}, the one pass that reports a name given twice
 * across repeated root keys. Codes and message shapes live in {@code Problems}, value shapes
 * and counts in {@code Syntax}, size limits in {@link io.rumpcfg.parse.Limits}.
 *
 * <p>This is the boot path, so it is built to allocate little: a tape rather than a tree of
 * nodes (each thread keeps its tape for its next document), positions and paths made only
 * for model elements and diagnostics, hand-written checks where a regular expression would
 * make a {@code Matcher} per element (a test holds each check to the pattern it stands for).
 * Nothing here loads a lambda, a stream or a regular expression for a current document with
 * no problem: BootPathClassesTest checks it. docs/performance.md has the numbers.
 *
 * <p>Both formats are read here. {@code DocumentReader} reads the tokens (strict JSON first)
 * and {@code FormatShapes} tells the formats apart. A document of the older format is read
 * as rumprun master's guest reads it, whether strict JSON takes it or not: through the
 * guest's own lenient tokenizer ({@code JsmnTokens}) and its walk over the tokens
 * ({@code MasterReader}, with {@code MasterPrograms}, {@code MasterNet} and
 * {@code MasterBlk} for its handlers, {@code MasterReading} for how it reads an object or a
 * value, {@code MasterKeys} for its keys matched by prefix), into the same model, every
 * element keeping the path and position of the older text it came from.
 *
 * <p>Positions are 1-based lines and columns; a column counts characters (Unicode code
 * points), not bytes, and a line ends at LF, CRLF or CR. A diagnostic about a value points
 * at the value; one about a key (unknown, repeated, a bad name) points at the key; a missing
 * key points at the object's opening brace.
 */
package io.rumpcfg.parse;
