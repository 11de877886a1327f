/** What-if planning: what stands in each capability's way, and which single evidence change helps most. */
package org.mnr.engine.planning;
