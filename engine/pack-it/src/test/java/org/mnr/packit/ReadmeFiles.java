package org.mnr.packit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a pack project as the README shows them: each fenced block right after a
 * {@code <!-- pack-file: PATH -->} line, by its path in the project.
 */
final class ReadmeFiles {

    private static final String MARKER = "<!-- pack-file: ";

    private ReadmeFiles() {
    }

    static Map<String, String> of(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith(MARKER)) {
                continue;
            }
            String path = line.substring(MARKER.length(), line.length() - "-->".length()).strip();
            if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("```")) {
                throw new IllegalStateException("README.md:" + (i + 1) + ": " + path + " is not followed by a fenced block");
            }
            StringBuilder text = new StringBuilder();
            int j = i + 2;
            for (; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
                text.append(lines.get(j)).append('\n');
            }
            files.put(path, text.toString());
            i = j;
        }
        return files;
    }
}
