/** The base Model National Response rule pack. */
package org.mnr.rules;
