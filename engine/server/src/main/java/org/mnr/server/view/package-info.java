/** What the workspace's pages show, as values the jte templates render. */
package org.mnr.server.view;
