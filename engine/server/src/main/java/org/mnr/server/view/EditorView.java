package org.mnr.server.view;

import java.util.List;

/**
 * The page where a country's evidence is filled, capability by capability.
 *
 * @param file the file opened
 * @param saveName the JSON file that saving writes: the file itself, or its JSON twin for YAML and workbooks
 * @param exists whether the JSON file to save already exists
 * @param etag the version of that JSON file when the page was made, or empty for a new file
 * @param code the country code
 * @param countryName the country's name
 * @param memberships the regional memberships, each chosen or not
 * @param assessedOn the assessment date
 * @param assessor who assessed, as the file says, or empty
 * @param organisation for whom, as the file says, or empty
 * @param statuses the assessment's status to choose: not said, draft or final, the file's chosen
 * @param overall the overall score when the page was made, or empty
 * @param capabilities the form, capability by capability
 * @param compareWith other files of the same country
 * @param problems problems of the file as read, one line each, as the CLI prints them
 */
public record EditorView(String file, String saveName, boolean exists, String etag, String code, String countryName, List<Choice> memberships,
        String assessedOn, String assessor, String organisation, List<Choice> statuses, String overall, List<CapabilityForm> capabilities, List<String> compareWith, List<String> problems) {

    /** Copies the lists. */
    public EditorView {
        memberships = List.copyOf(memberships);
        statuses = List.copyOf(statuses);
        capabilities = List.copyOf(capabilities);
        compareWith = List.copyOf(compareWith);
        problems = List.copyOf(problems);
    }
}
