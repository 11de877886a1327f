/** The classes jte generates at build time from the HTML templates in {@code src/main/jte}. */
package org.mnr.reports.internal.templates;
