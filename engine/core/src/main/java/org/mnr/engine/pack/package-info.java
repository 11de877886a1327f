/** Rule packs: their descriptors, vocabularies and discovery on the class path or on disk. */
package org.mnr.engine.pack;
