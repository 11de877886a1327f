package org.mnr.server.view;

import java.util.List;

/**
 * The workspace page: the folder's evidence files, and the form that starts a new assessment.
 *
 * @param folder the workspace folder
 * @param files its evidence files
 * @param today today's date, the default assessment date
 */
public record WorkspaceView(String folder, List<FileRow> files, String today) {

    /** Copies the list. */
    public WorkspaceView {
        files = List.copyOf(files);
    }
}
