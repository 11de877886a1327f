package org.mnr.packit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.mnr.testkit.newpack.PackProject;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A generated pack project claims none of the MNR project's own metadata. Maven passes these elements of a POM down to
 * every child that does not declare them (its model reference, "inheritance"), so whatever mnr-parent or
 * mnr-pack-parent declares of them, the generated POM must declare for itself.
 */
class InheritedMetadataTest {

    private static final Path ROOT = Path.of(System.getProperty("mnr.root", "../..")).toAbsolutePath().normalize();
    /** The project-describing elements Maven inherits; build settings and dependencies are meant to be inherited. */
    private static final List<String> METADATA = List.of("description", "url", "inceptionYear", "organization", "licenses",
            "developers", "contributors", "mailingLists", "scm", "issueManagement", "ciManagement", "distributionManagement");

    private static Element read(byte[] pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(pom)).getDocumentElement();
    }

    private static List<String> declared(Element project) {
        List<String> names = new ArrayList<>();
        for (Node node = project.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && METADATA.contains(element.getTagName())) {
                names.add(element.getTagName());
            }
        }
        return names;
    }

    @Test
    void whatTheParentsDescribeOfThemselvesTheGeneratedPomDeclaresForItself() throws Exception {
        List<String> parents = new ArrayList<>(declared(read(Files.readAllBytes(ROOT.resolve("pom.xml")))));
        parents.addAll(declared(read(Files.readAllBytes(ROOT.resolve("engine/pack-parent/pom.xml")))));
        assertThat(parents).as("the parents declare a licence and a description, which a pack must not inherit")
                .contains("licenses", "description");

        List<String> generated = declared(read(PackProject.of("oecs").files().get("pom.xml").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(generated).containsAll(parents);
    }
}
