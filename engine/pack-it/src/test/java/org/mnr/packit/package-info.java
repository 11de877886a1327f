/** The test that builds a pack project written by {@code mnr new-pack}, outside the reactor. */
package org.mnr.packit;
