/** The Council of Europe regional variant pack. */
package org.mnr.plugins.coe;
