/** JMH benchmarks of the engine, each beside the floor it is judged against. */
package org.mnr.bench;
