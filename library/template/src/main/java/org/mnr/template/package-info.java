/** Evidence templates: every key of the chosen packs with its type, allowed values and meaning, ready to fill in. */
package org.mnr.template;
