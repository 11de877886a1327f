/** Designers' case files: evidence with expected statuses, levels and scores, read and checked by {@code mnr test}. */
package org.mnr.testkit.cases;
