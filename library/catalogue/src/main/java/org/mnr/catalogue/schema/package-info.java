/** JSON Schemas (draft 2020-12) of evidence files, generated from the packs' vocabularies, and of results, generated from the result records. */
package org.mnr.catalogue.schema;
