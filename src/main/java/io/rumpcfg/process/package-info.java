/**
 * {@link io.rumpcfg.process.ProcessPlatform}: a platform that runs rc programs as real host
 * processes, puts file system effects under a sandbox directory, and only records network,
 * sysctl and device effects.
 */
package io.rumpcfg.process;
