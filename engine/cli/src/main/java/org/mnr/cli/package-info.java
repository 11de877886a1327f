/** The {@code mnr} command line: score, validate and inspect countries' evidence. */
package org.mnr.cli;
