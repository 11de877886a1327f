/** The maturity model's vocabulary: levels, domains, capabilities, criteria and evidence keys. */
package org.mnr.engine.model;
