/** Evidence in Excel workbooks (.xlsx): writing templates and filled evidence, and reading them back with cell-exact problems. */
package org.mnr.workbook;
