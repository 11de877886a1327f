/** The catalogue's machinery, public only for its own module's use; not part of the API. */
package org.mnr.catalogue.internal;
