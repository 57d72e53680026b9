package id.sinergi.platform;

/**
 * Text a user typed, made safe for a spreadsheet cell: a cell that starts with {@code = + - @},
 * a tab or a carriage return is read as a formula by Excel and LibreOffice when a CSV file is
 * opened, so it gets a leading apostrophe and stays text.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
