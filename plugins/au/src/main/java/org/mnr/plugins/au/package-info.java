/** The African Union regional variant pack. */
package org.mnr.plugins.au;
