package org.mnr.testkit.newpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The POM new-pack writes describes the author's pack, not the MNR engine. Maven passes a parent's description and
 * licences down to a child that declares none (mnr-pack-parent's description and mnr-parent's Apache-2.0, as
 * {@code help:effective-pom} on a generated project showed), so the project must declare its own.
 */
class PackProjectPomTest {

    private static Element pom(PackProject project) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(project.files().get("pom.xml").getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    /** The direct children of an element with this name. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.get(0).getTextContent().strip();
    }

    @Test
    void theGeneratedPomDeclaresALicenceForTheAuthorToChooseNotTheEngines() throws Exception {
        Element project = pom(PackProject.of("oecs"));
        List<Element> licenses = children(project, "licenses");
        assertThat(licenses).as("a <licenses> of its own, or Maven inherits mnr-parent's Apache-2.0").hasSize(1);
        List<Element> each = children(licenses.get(0), "license");
        assertThat(each).hasSize(1);
        assertThat(text(each.get(0), "name")).isEqualTo("TODO: your pack's licence").doesNotContainIgnoringCase("apache");
        assertThat(children(each.get(0), "url")).as("no URL of a licence the author has not chosen").isEmpty();
    }

    @Test
    void theLicenceToChooseIsMarkedByAComment() throws Exception {
        String pom = PackProject.of("oecs").files().get("pom.xml");
        int comment = pom.indexOf("<!-- TODO: choose your pack's licence");
        assertThat(comment).as("a TODO comment asks the author to choose").isNotNegative();
        assertThat(pom.indexOf("<licenses>")).isGreaterThan(comment);
        assertThat(pom.substring(comment, pom.indexOf("-->", comment))).contains("Apache-2.0").contains("mnr-pack-parent");
    }

    @Test
    void theGeneratedPomNamesAndDescribesThePackNotItsParent() throws Exception {
        Element project = pom(PackProject.of("east-caribbean").withGroupId("org.oecs"));
        assertThat(text(project, "name")).contains("east-caribbean");
        assertThat(text(project, "description")).contains("east-caribbean").doesNotContain("parent POM");
        assertThat(text(project, "groupId")).isEqualTo("org.oecs");
    }
}
