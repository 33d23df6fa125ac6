import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a staged release of kla against Maven Central's requirements. Run by .ci/release-check:
 *
 * <pre>java .ci/ReleaseCheck.java STAGING_DIR</pre>
 *
 * <p>STAGING_DIR is a Maven repository: a file repository written by maven-deploy-plugin, or a local repository
 * written by install. The published artifacts are listed below: POMS need just their POM, JARS their POM, jar,
 * sources jar and javadoc jar. Each POM must carry groupId, artifactId, version, name, description, url,
 * licenses (each with name and url), developers (at least one with a name) and scm (url, connection,
 * developerConnection). As in Maven, artifactId and name are never inherited; everything else may come from the
 * parent POM, which is read from the staging directory too, exactly as it would be uploaded. It also fails when
 * the staging holds an artifact of kla's group that is not published (kla-cli), when a published one is
 * missing, when the versions differ, or when the BOM does not manage exactly the published jars.
 *
 * <p>Prints one line per problem and a summary; exits 1 when there is a problem, 2 on wrong usage.
 */
public class ReleaseCheck {

    static final String GROUP_ID = "io.github.layakanak";
    static final String BOM = "kla-bom";
    /** Published with pom packaging: just the POM. */
    static final Set<String> POMS = Set.of("kla-parent", BOM);
    /** Published jars: POM, jar, sources jar and javadoc jar. The BOM must manage exactly these. */
    static final Set<String> JARS = Set.of("kla-model", "kla-scoring", "kla-rules-2011", "kla-rules-2022", "kla-rules-2023",
            "kla-rules-2024", "kla-samples", "kla-testkit", "kla-jackson3", "kla-report");

    final Path staging;
    final List<String> problems = new ArrayList<>();
    final Map<String, Element> xmlCache = new HashMap<>();

    ReleaseCheck(Path staging) {
        this.staging = staging;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: java .ci/ReleaseCheck.java STAGING_DIR (a Maven repository directory)");
            System.exit(2);
        }
        ReleaseCheck check = new ReleaseCheck(Path.of(args[0]));
        int checked = check.run();
        for (String problem : check.problems) {
            System.out.println("PROBLEM " + problem);
        }
        System.out.printf("ReleaseCheck: %d artifacts checked in %s, %d problem(s)%n",
                checked, args[0], check.problems.size());
        System.exit(check.problems.isEmpty() ? 0 : 1);
    }

    int run() throws Exception {
        Path groupDir = staging.resolve(GROUP_ID.replace('.', '/'));
        Set<String> published = new TreeSet<>(POMS);
        published.addAll(JARS);
        Set<String> staged = new TreeSet<>();
        if (Files.isDirectory(groupDir)) {
            try (var dirs = Files.list(groupDir)) {
                dirs.filter(Files::isDirectory).forEach(d -> staged.add(d.getFileName().toString()));
            }
        }
        for (String artifactId : published) {
            if (!staged.contains(artifactId)) {
                problems.add(artifactId + ": not staged at all");
            }
        }
        Set<String> versions = new TreeSet<>();
        int checked = 0;
        for (String artifactId : staged) {
            if (!published.contains(artifactId)) {
                problems.add(artifactId + ": staged, but it is not a published artifact");
                continue;
            }
            List<String> stagedVersions = listVersions(groupDir.resolve(artifactId));
            if (stagedVersions.size() != 1) {
                problems.add(artifactId + ": expected exactly one staged version, found " + stagedVersions);
                continue;
            }
            String version = stagedVersions.get(0);
            versions.add(version);
            checkArtifact(artifactId, version);
            checked++;
        }
        if (versions.size() > 1) {
            problems.add("published artifacts have different versions: " + versions);
        }
        if (versions.size() == 1 && staged.contains(BOM)) {
            checkBom(versions.iterator().next());
        }
        return checked;
    }

    /** Checks one artifact's files and POM. */
    void checkArtifact(String artifactId, String version) throws Exception {
        String name = artifactId + ":" + version;
        Path pomFile = find(GROUP_ID, artifactId, version, null, "pom");
        if (pomFile == null) {
            problems.add(name + ": POM missing");
            return;
        }
        Element pom = parse(pomFile);
        if (pom == null) {
            problems.add(name + ": POM is not well-formed XML: " + pomFile);
            return;
        }
        String packaging = coalesce(text(pom, "packaging"), "jar");
        String expectedPackaging = POMS.contains(artifactId) ? "pom" : "jar";
        if (!packaging.equals(expectedPackaging)) {
            problems.add(name + ": packaging is " + packaging + ", expected " + expectedPackaging);
        }
        if (JARS.contains(artifactId)) {
            for (String classifier : new String[] {null, "sources", "javadoc"}) {
                String what = classifier == null ? "jar" : classifier + " jar";
                Path jar = find(GROUP_ID, artifactId, version, classifier, "jar");
                if (jar == null) {
                    problems.add(name + ": " + what + " missing");
                } else if (!isNonEmptyZip(jar)) {
                    problems.add(name + ": " + what + " is empty or not a zip file: " + jar);
                }
            }
        }
        checkPom(name, artifactId, version, pom);
    }

    void checkPom(String name, String artifactId, String version, Element pom) throws Exception {
        List<Element> chain = parentChain(name, pom);

        // Coordinates: groupId and version may come from the <parent> element; artifactId never does.
        String groupId = firstOf(chain, p -> coalesce(text(p, "groupId"), text(p, "parent/groupId")));
        if (!GROUP_ID.equals(groupId)) {
            problems.add(name + ": groupId is " + groupId + ", expected " + GROUP_ID);
        }
        if (!artifactId.equals(text(pom, "artifactId"))) {
            problems.add(name + ": artifactId is " + text(pom, "artifactId") + ", expected " + artifactId);
        }
        String pomVersion = coalesce(text(pom, "version"), text(pom, "parent/version"));
        if (!version.equals(pomVersion)) {
            problems.add(name + ": version is " + pomVersion + ", expected " + version);
        }
        // Not inherited in Maven: every POM names itself.
        if (text(pom, "name") == null) {
            problems.add(name + ": name missing");
        }
        String[] inherited = {"description", "url", "scm/url", "scm/connection", "scm/developerConnection"};
        for (String field : inherited) {
            if (firstOf(chain, p -> text(p, field)) == null) {
                problems.add(name + ": " + field + " missing (in it and its parents)");
            }
        }
        // Lists are inherited as a whole: the nearest POM that has entries supplies them.
        List<Element> licenses = firstOf(chain, p -> nonEmpty(children(child(p, "licenses"), "license")));
        if (licenses == null) {
            problems.add(name + ": licenses missing (in it and its parents)");
        } else {
            for (Element license : licenses) {
                if (text(license, "name") == null || text(license, "url") == null) {
                    problems.add(name + ": a license lacks its name or url");
                }
            }
        }
        List<Element> developers = firstOf(chain, p -> nonEmpty(children(child(p, "developers"), "developer")));
        if (developers == null || developers.stream().allMatch(d -> text(d, "name") == null)) {
            problems.add(name + ": developers missing, or none with a name (in it and its parents)");
        }
    }

    /** The POM followed by its parents, each read from the staging directory. */
    List<Element> parentChain(String name, Element pom) throws Exception {
        List<Element> chain = new ArrayList<>();
        chain.add(pom);
        Element current = pom;
        while (child(current, "parent") != null) {
            String g = text(current, "parent/groupId");
            String a = text(current, "parent/artifactId");
            String v = text(current, "parent/version");
            Path parentFile = g == null || a == null || v == null ? null : find(g, a, v, null, "pom");
            Element parent = parentFile == null ? null : parse(parentFile);
            if (parent == null) {
                problems.add(name + ": parent " + g + ":" + a + ":" + v + " is not in the staging directory");
                break;
            }
            if (chain.size() > 10) {
                problems.add(name + ": parent chain too long (a cycle?)");
                break;
            }
            chain.add(parent);
            current = parent;
        }
        return chain;
    }

    /** The BOM must manage exactly the published jars, at the release's version. */
    void checkBom(String version) throws Exception {
        Path bomFile = find(GROUP_ID, BOM, version, null, "pom");
        Element bom = bomFile == null ? null : parse(bomFile);
        if (bom == null) {
            return; // already reported
        }
        Set<String> managed = new TreeSet<>();
        Element dependencies = child(child(bom, "dependencyManagement"), "dependencies");
        for (Element dependency : children(dependencies, "dependency")) {
            String artifactId = String.valueOf(text(dependency, "artifactId"));
            String managedVersion = text(dependency, "version");
            if (GROUP_ID.equals(text(dependency, "groupId"))) {
                managed.add(artifactId);
                if (!version.equals(managedVersion) && !"${project.version}".equals(managedVersion)) {
                    problems.add(BOM + ": manages " + artifactId + " at " + managedVersion
                            + ", expected " + version);
                }
            }
        }
        if (!managed.equals(new TreeSet<>(JARS))) {
            problems.add(BOM + ": manages " + managed + ", but the published jars are " + new TreeSet<>(JARS));
        }
    }

    // ---- repository layout ----

    static List<String> listVersions(Path artifactDir) throws IOException {
        try (var dirs = Files.list(artifactDir)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * The file of an artifact in the staging repository, or null. A -SNAPSHOT deployed to a remote (file)
     * repository carries a timestamp, looked up in the version's maven-metadata.xml.
     */
    Path find(String groupId, String artifactId, String version, String classifier, String extension)
            throws Exception {
        Path dir = staging.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        String fileVersion = version;
        Path metadata = dir.resolve("maven-metadata.xml");
        if (version.endsWith("-SNAPSHOT") && Files.isRegularFile(metadata)) {
            Element root = parse(metadata);
            for (Element sv : children(child(child(root, "versioning"), "snapshotVersions"), "snapshotVersion")) {
                if (extension.equals(text(sv, "extension"))
                        && Objects.equals(classifier, text(sv, "classifier"))) {
                    fileVersion = text(sv, "value");
                }
            }
        }
        Path file = dir.resolve(artifactId + "-" + fileVersion + (classifier == null ? "" : "-" + classifier)
                + "." + extension);
        return Files.isRegularFile(file) ? file : null;
    }

    static boolean isNonEmptyZip(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.size() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    // ---- XML ----

    Element parse(Path file) {
        return xmlCache.computeIfAbsent(file.toAbsolutePath().toString(), key -> {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return factory.newDocumentBuilder().parse(new File(key)).getDocumentElement();
            } catch (Exception e) {
                return null;
            }
        });
    }

    /** The direct child element with this name, or null. */
    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(name)) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    /** The trimmed text at a slash-separated path of child elements, or null when absent or blank. */
    static String text(Element element, String path) {
        Element current = element;
        for (String step : path.split("/")) {
            current = child(current, step);
        }
        if (current == null || current.getTextContent().isBlank()) {
            return null;
        }
        return current.getTextContent().trim();
    }

    static <T> T firstOf(List<Element> chain, Function<Element, T> value) {
        for (Element pom : chain) {
            T result = value.apply(pom);
            if (result != null) {
                return result;
            }
        }
        return null;
    }

    static String coalesce(String a, String b) {
        return a != null ? a : b;
    }

    static <T> List<T> nonEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
