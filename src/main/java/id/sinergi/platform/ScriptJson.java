package id.sinergi.platform;

/**
 * JSON that is written into an HTML page inside {@code <script>} (chart configurations): a JSON
 * string may hold {@code </script>}, which ends the script for the HTML parser whatever JSON says.
 * Inside JSON strings {@code \u003c} is the same character, so the data stays exactly what it was.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    public static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
