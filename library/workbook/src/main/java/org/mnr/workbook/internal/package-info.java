/** The registration of workbooks as an evidence format, not part of the public API. */
package org.mnr.workbook.internal;
