/** The exceptions the engine throws to an application. */
package org.mnr.engine.error;
