/** The criteria catalogue: every criterion of the loaded packs with what it reads, built from the packs' metadata and rendered as Markdown, JSON or CSV. */
package org.mnr.catalogue;
