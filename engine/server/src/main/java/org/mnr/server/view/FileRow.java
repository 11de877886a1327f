package org.mnr.server.view;

/**
 * One evidence file of the workspace.
 *
 * @param name its file name
 * @param format json, yaml or xlsx
 * @param country its country code, or null when it cannot be read
 * @param countryName the country's name, or null
 * @param assessedOn its assessment date, or null
 * @param valid whether it has no error
 */
public record FileRow(String name, String format, String country, String countryName, String assessedOn, boolean valid) {
}
