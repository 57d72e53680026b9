package id.sinergi.forum;

public enum Visibility {
    PUBLIC, MEMBERS;

    public String messageKey() {
        return "visibility." + name();
    }
}
