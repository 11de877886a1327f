/** What rule packs see of the engine: the facts rules match, the outcomes they record and the pack service. */
package org.mnr.engine.spi;
