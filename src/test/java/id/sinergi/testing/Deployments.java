package id.sinergi.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The one place that builds test archives: the WAR that `package` built, as production runs it. */
public final class Deployments {

    private Deployments() {
    }

    /** The application exactly as built, for HTTP and browser tests (run as client). */
    public static WebArchive application() {
        File war = new File(System.getProperty("sinergi.war", "target/sinergi.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (./mvnw verify runs package before the tests): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "sinergi.war").importFrom(war).as(WebArchive.class);
    }

    /** The application plus the test seams that let in-container tests act as a chosen user on a chosen day. */
    public static WebArchive withTestCaller(Class<?>... testSupport) {
        return application().addClasses(TestCaller.class, TestClock.class, Fixtures.class, Sql.class, Sql.Forum.class,
                Sql.FollowUp.class).addClasses(testSupport);
    }
}
