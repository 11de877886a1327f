/** Writes the project of a new variant pack: a few-line POM on mnr-pack-parent, the pack's files and a test. */
package org.mnr.testkit.newpack;
