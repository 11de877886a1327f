/** Tests of the downloadable zip, run on the packaged file after the build. */
package org.mnr.distribution;
