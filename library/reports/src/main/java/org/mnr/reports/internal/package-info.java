/** View models, figures and the radar chart behind the reports, not part of the public API. */
package org.mnr.reports.internal;
