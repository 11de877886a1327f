package org.mnr.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnr.engine.internal.evidence.ByteSizes;
import org.mnr.engine.internal.evidence.EvidenceReader;

/** Each limit lets a file at the limit through and rejects one just over it, naming the limit and its option. */
class EvidenceLimitsTest {

    @TempDir
    Path dir;

    private static String doc(String items, String extra) {
        return "{\"country\": {\"code\": \"XA\"}, \"assessedOn\": \"2026-06-30\", \"evidence\": [" + items + "]" + extra + "}";
    }

    private static List<Problem> read(EvidenceLimits limits, String json) {
        return new EvidenceReader(limits).read(json.getBytes(StandardCharsets.UTF_8), "in.json").problems();
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void defaultsFitEvidenceFilesManyTimesOver() {
        EvidenceLimits limits = EvidenceLimits.defaults();
        assertThat(limits.maxFileSize()).isEqualTo(10L * 1024 * 1024);
        assertThat(limits.maxDepth()).isEqualTo(64);
        assertThat(limits.maxStringLength()).isEqualTo(100_000);
        assertThat(limits.maxNumberLength()).isEqualTo(100);
        assertThat(limits.maxItems()).isEqualTo(10_000);
        assertThat(new EvidenceReader().limits()).isEqualTo(limits);
    }

    @Test
    void nestingDepthCountsTheDocumentsObjectAsOne() {
        EvidenceLimits limits = EvidenceLimits.DEFAULTS.withMaxDepth(6);
        assertThat(read(limits, doc("", ", \"$schema\": " + nested(5)))).isEmpty();
        assertThat(read(limits, doc("", ", \"$schema\": " + nested(6)))).singleElement().asString()
                .startsWith("in.json:1:").contains("/$schema/0/0/0/0")
                .contains("nested deeper than the maximum nesting depth of 6").contains("raise the limit with --max-depth");
    }

    @Test
    void stringsAndFieldNamesAreBoundedInCharacters() {
        EvidenceLimits limits = EvidenceLimits.DEFAULTS.withMaxStringLength(20);
        String item = "{\"key\": \"a.flag\", \"value\": true, \"note\": \"%s\"}";
        assertThat(read(limits, doc(item.formatted("é".repeat(20)), ""))).isEmpty();
        assertThat(read(limits, doc(item.formatted("é".repeat(21)), ""))).singleElement().asString()
                .contains("/evidence/0/note").contains("a string is longer than the maximum string length of 20 characters")
                .contains("--max-string-length");
        assertThat(read(limits, doc("", ", \"" + "n".repeat(21) + "\": 1"))).singleElement().asString()
                .contains("a field name is longer than the maximum string length of 20 characters");
    }

    @Test
    void numbersAreBoundedAsWrittenAndWrittenOutInFull() {
        EvidenceLimits limits = EvidenceLimits.DEFAULTS.withMaxNumberLength(5);
        String item = "{\"key\": \"a.count\", \"value\": %s}";
        assertThat(read(limits, doc(item.formatted("12345"), ""))).isEmpty();
        assertThat(read(limits, doc(item.formatted("1.2345"), ""))).isEmpty();
        assertThat(read(limits, doc(item.formatted("1e4"), ""))).isEmpty();
        assertThat(read(limits, doc(item.formatted("123456"), ""))).singleElement().asString()
                .contains("/evidence/0/value").contains("maximum number length of 5 digits").contains("--max-number-length");
        assertThat(read(limits, doc(item.formatted("1e5"), ""))).singleElement().asString()
                .contains("the number 1e5 written out in full is longer than the maximum number length of 5 digits");
        assertThat(read(limits, doc(item.formatted("0.00001"), ""))).singleElement().asString().contains("written out in full");
        assertThat(read(EvidenceLimits.DEFAULTS, doc(item.formatted("1e99999999999"), ""))).singleElement().asString()
                .contains("/evidence/0/value").contains("the number 1e99999999999 written out in full is longer");
    }

    @Test
    void itemsCountEveryArrayElementOfTheFile() {
        EvidenceLimits limits = EvidenceLimits.DEFAULTS.withMaxItems(4);
        String three = String.join(", ", Collections.nCopies(3, "{\"key\": \"a.flag\", \"value\": true}"));
        assertThat(read(limits, doc(three, ", \"$schema\": [1]"))).isEmpty();
        assertThat(read(limits, doc(three, ", \"$schema\": [1, 2]"))).singleElement().asString()
                .contains("/$schema/1").contains("more than the maximum item count of 4").contains("--max-items");
        assertThat(read(limits, doc("{\"key\": \"a.set\", \"value\": [\"p\", \"q\", \"r\", \"s\"]}", ""))).singleElement().asString()
                .contains("/evidence/0/value/3").contains("maximum item count of 4");
    }

    @Test
    void fileSizeIsCheckedBeforeReadingFromAPathAStreamOrBytes() throws IOException {
        String json = doc("", "");
        int size = json.getBytes(StandardCharsets.UTF_8).length;
        EvidenceReader atLimit = new EvidenceReader(EvidenceLimits.DEFAULTS.withMaxFileSize(size));
        EvidenceReader under = new EvidenceReader(EvidenceLimits.DEFAULTS.withMaxFileSize(size - 1));
        Path file = Files.writeString(dir.resolve("in.json"), json);
        assertThat(atLimit.read(file).problems()).isEmpty();
        assertThat(under.read(file).problems()).singleElement().asString()
                .isEqualTo(file + ": the file is " + size + " bytes, more than the maximum file size of " + (size - 1)
                        + " bytes; if the file is genuine, raise the limit with --max-file-size");
        assertThat(under.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "stream").problems())
                .singleElement().asString().contains("stream: the file is larger than the maximum file size");
        assertThat(under.read(json.getBytes(StandardCharsets.UTF_8), "bytes").problems()).singleElement().asString()
                .contains("maximum file size");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> EvidenceLimits.DEFAULTS.withMaxDepth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maximum nesting depth must be at least 1");
        assertThatThrownBy(() -> EvidenceLimits.DEFAULTS.withMaxFileSize(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizesReadAndPrintAsPeopleWriteThem() {
        assertThat(ByteSizes.parse("10MB")).isEqualTo(10L * 1024 * 1024);
        assertThat(ByteSizes.parse("512 kb")).isEqualTo(512L * 1024);
        assertThat(ByteSizes.parse("2G")).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(ByteSizes.parse("1000")).isEqualTo(1000);
        assertThatThrownBy(() -> ByteSizes.parse("ten")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10MB");
        assertThatThrownBy(() -> ByteSizes.parse("-5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ByteSizes.parse("99999999999999999G")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ByteSizes.format(10L * 1024 * 1024)).isEqualTo("10 MB");
        assertThat(ByteSizes.format(1536)).isEqualTo("1536 bytes");
        assertThat(ByteSizes.format(2048)).isEqualTo("2 KB");
    }
}
