/** The ASEAN regional variant pack. */
package org.mnr.plugins.asean;
