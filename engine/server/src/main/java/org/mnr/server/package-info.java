/** {@code mnr serve}: the engine over HTTP, and a workspace in the browser where evaluators fill evidence and watch levels move. */
package org.mnr.server;
