/** An example application that embeds the engine, the base pack and the HTML report, as a submission portal would. */
package org.mnr.example.embedding;
