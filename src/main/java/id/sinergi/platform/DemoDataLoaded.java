package id.sinergi.platform;

/** The demo data was just loaded into the database; components may finish it through their services. */
public record DemoDataLoaded() {
}
