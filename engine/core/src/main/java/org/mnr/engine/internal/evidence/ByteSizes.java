package org.mnr.engine.internal.evidence;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File sizes as people write them: {@code 10MB}, {@code 512 KB}, {@code 2048}. A kilobyte is 1,024 bytes
 * and a megabyte 1,024 kilobytes, as file managers count them.
 */
public final class ByteSizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;
    private static final long GB = MB * KB;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*(|B|K|KB|KIB|M|MB|MIB|G|GB|GIB)");

    private ByteSizes() {
    }

    /**
     * Parses a size such as {@code 10MB}, {@code 64k} or {@code 1048576}.
     *
     * @throws IllegalArgumentException when the text is not a size
     */
    public static long parse(String text) {
        Matcher matcher = SIZE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size; write for example 10MB, 512KB or 1048576");
        }
        long unit = switch (matcher.group(2)) {
            case "K", "KB", "KIB" -> KB;
            case "M", "MB", "MIB" -> MB;
            case "G", "GB", "GIB" -> GB;
            default -> 1;
        };
        long number = Long.parseLong(matcher.group(1));
        if (number > Long.MAX_VALUE / unit) {
            throw new IllegalArgumentException("'" + text + "' is too large a size");
        }
        return number * unit;
    }

    /** A size in the largest unit that divides it: {@code 10 MB}, {@code 512 KB}, {@code 1000 bytes}. */
    public static String format(long bytes) {
        if (bytes >= GB && bytes % GB == 0) {
            return bytes / GB + " GB";
        }
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= KB && bytes % KB == 0) {
            return bytes / KB + " KB";
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }
}
