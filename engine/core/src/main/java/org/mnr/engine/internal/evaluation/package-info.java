/** Drools evaluation: compiling packs into one rule base, composing variants and firing rules per country. */
package org.mnr.engine.internal.evaluation;
