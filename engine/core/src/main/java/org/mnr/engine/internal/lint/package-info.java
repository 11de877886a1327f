/** Checks packs for the mistakes rule authors make, reporting each as FILE:LINE: message. */
package org.mnr.engine.internal.lint;
