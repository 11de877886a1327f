/** Criteria as data: the criteria files of packs, their conditions and how to read them. */
package org.mnr.engine.criteria;
