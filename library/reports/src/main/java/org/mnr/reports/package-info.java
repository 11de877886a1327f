/** Reports an evaluator hands over: an HTML page with a radar chart, Markdown and CSV, all byte-stable. */
package org.mnr.reports;
