package id.sinergi.notification;

/** How a user wants notifications by e-mail. */
public enum EmailFrequency {
    IMMEDIATE, DAILY, OFF;

    public String messageKey() {
        return "emailFrequency." + name();
    }
}
