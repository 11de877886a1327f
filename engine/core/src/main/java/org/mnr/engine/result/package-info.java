/** The result of an assessment, as immutable records, and its JSON form. */
package org.mnr.engine.result;
