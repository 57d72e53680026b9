package id.sinergi.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps docs/architecture.md true: it reads the table of components there and checks the code and
 * the migrations against it. A failure names what broke the map; change the code, or change the
 * map in the same commit and say why.
 */
class ArchitectureTest {

    private static final Path BASE = Path.of(System.getProperty("sinergi.basedir", ".")).toAbsolutePath();
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.sinergi");
    /** Start-up asks whether any account exists before any component runs (docs/architecture.md, "The one exception"). */
    private static final String EXCEPTION = "platform/DatabaseMigration.java";

    record Component(String name, Set<String> tables, Set<String> views, Set<String> dependsOn) {
    }

    static Map<String, Component> map() throws IOException {
        Map<String, Component> components = new LinkedHashMap<>();
        for (String line : Files.readAllLines(BASE.resolve("docs/architecture.md"))) {
            if (line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                String name = names(cells[1]).iterator().next();
                components.put(name, new Component(name, names(cells[2]), names(cells[3]), names(cells[4])));
            }
        }
        assertTrue(components.size() > 5, "the table of components in docs/architecture.md");
        return components;
    }

    private static Set<String> names(String cell) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("`([a-z_]+)`").matcher(cell);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String componentOf(String packageName) {
        if (!packageName.startsWith("id.sinergi.")) {
            return null;
        }
        String rest = packageName.substring("id.sinergi.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void everyComponentAndEveryTableIsOnTheMapAndTheMapHasNoCycle() throws IOException {
        Map<String, Component> map = map();
        Set<String> packages = new TreeSet<>();
        MAIN.forEach(c -> {
            String component = componentOf(c.getPackageName());
            if (component != null) {
                packages.add(component);
            }
        });
        assertEquals(new TreeSet<>(map.keySet()), packages, "the components in docs/architecture.md are the packages under id.sinergi");

        String migrations = migrations();
        Set<String> tables = new TreeSet<>(found(migrations, "CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)"));
        Set<String> owned = new TreeSet<>();
        map.values().forEach(c -> owned.addAll(c.tables()));
        assertEquals(tables, owned, "every table has exactly one owner in docs/architecture.md");
        Set<String> views = new TreeSet<>(found(migrations, "VIEW ([a-z_]+) AS"));
        Set<String> published = new TreeSet<>();
        map.values().forEach(c -> published.addAll(c.views()));
        assertEquals(views, published, "every shared view is published by one component");

        // the order of the rows is the layering: each component depends only on rows above it
        List<String> above = new ArrayList<>();
        for (Component c : map.values()) {
            for (String d : c.dependsOn()) {
                assertTrue(above.contains(d), c.name() + " depends on " + d + ", which is not above it: a cycle in the making");
            }
            above.add(c.name());
        }
    }

    @Test
    void componentsUseOnlyWhatTheirRowAllowsAndHaveNoCycles() throws IOException {
        Map<String, Component> map = map();
        List<String> wrong = new ArrayList<>();
        for (JavaClass c : MAIN) {
            String from = componentOf(c.getPackageName());
            if (from == null) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = componentOf(d.getTargetClass().getPackageName());
                if (to == null || to.equals(from)) {
                    continue;
                }
                if (!map.get(from).dependsOn().contains(to)) {
                    wrong.add(d.getDescription());
                } else if (d.getTargetClass().getSimpleName().endsWith("Backing")) {
                    wrong.add("another component's page bean: " + d.getDescription());
                }
            }
        }
        assertTrue(wrong.isEmpty(), "dependencies outside docs/architecture.md:\n" + String.join("\n", new TreeSet<>(wrong)));
        slices().matching("id.sinergi.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void sqlTouchesOwnTablesAndReadsOnlyViewsOfComponentsItDependsOn() throws IOException {
        Map<String, Component> map = map();
        Map<String, String> ownerOfTable = new LinkedHashMap<>();
        Map<String, String> ownerOfView = new LinkedHashMap<>();
        map.values().forEach(c -> {
            c.tables().forEach(t -> ownerOfTable.put(t, c.name()));
            c.views().forEach(v -> ownerOfView.put(v, c.name()));
        });
        Pattern table = Pattern.compile("\\b(FROM|JOIN|INTO|UPDATE|DELETE FROM|TABLE)\\s+([a-z_]+)\\b");
        Path sources = BASE.resolve("src/main/java/id/sinergi");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                if (relative.equals(EXCEPTION) || !relative.contains("/")) {
                    continue;
                }
                String component = relative.substring(0, relative.indexOf('/'));
                Matcher m = table.matcher(stringLiterals(Files.readString(file)));
                while (m.find()) {
                    String verb = m.group(1);
                    String name = m.group(2);
                    String owner = ownerOfTable.get(name);
                    String viewOwner = ownerOfView.get(name);
                    if (owner != null && !owner.equals(component)) {
                        wrong.add(relative + ": " + verb + " " + name + " (a table of " + owner + ")");
                    } else if (viewOwner != null && !viewOwner.equals(component)) {
                        if (!verb.equals("FROM") && !verb.equals("JOIN")) {
                            wrong.add(relative + ": " + verb + " " + name + " (views are read, never written)");
                        } else if (!map.get(component).dependsOn().contains(viewOwner)) {
                            wrong.add(relative + ": reads " + name + " of " + viewOwner + ", which " + component + " does not depend on");
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "SQL outside docs/architecture.md:\n" + String.join("\n", wrong));
    }

    private static String migrations() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(BASE.resolve("db/migration"))) {
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }

    private static List<String> found(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The Java source's string literals outside comments, one after another: where the SQL is. */
    private static String stringLiterals(String source) {
        StringBuilder sql = new StringBuilder();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"")
                .matcher(source.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            sql.append(m.group(1)).append(' ');
        }
        return sql.toString();
    }
}
