/** The project's own words in English, French or Spanish, read the same way by the engine and every library. */
package org.mnr.engine.text;
