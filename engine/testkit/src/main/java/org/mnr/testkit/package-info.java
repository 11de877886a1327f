/** A fluent harness for testing rule packs: evidence in, expected statuses, levels and scores out. */
package org.mnr.testkit;
