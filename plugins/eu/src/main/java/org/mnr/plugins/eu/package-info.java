/** The European Union regional variant pack. */
package org.mnr.plugins.eu;
