package id.sinergi.identity;

import id.sinergi.institution.Institution;
import id.sinergi.platform.BusinessException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CSV list of people (UTF-8, a header row: name, email, institution and, where asked for,
 * password; or the Indonesian nama, email, instansi, kata_sandi), as the admin's user import and
 * a moderator's attendee list read it. Each line is checked (name, e-mail, repeated e-mail, an
 * institution known by name or short name) and handed on, or refused with its line number; what
 * the caller does with a good line may refuse it too.
 */
public final class PeopleCsv {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Map<String, String> ALIASES = Map.of("name", "name", "nama", "name", "email", "email",
            "e-mail", "email", "institution", "institution", "instansi", "institution", "password", "password",
            "kata_sandi", "password", "kata sandi", "password");

    /** One good line. {@code password} is empty when the file gave none. */
    public record Person(int line, String name, String email, Long institutionId, String password) {
    }

    /** What to do with a good line: the imported row, or a {@link BusinessException} to refuse it. */
    public interface Action {
        ImportReport.Imported apply(Person person);
    }

    private PeopleCsv() {
    }

    public static ImportReport read(InputStream csv, int maxRows, Collection<Institution> institutions, Action action) {
        Map<String, Long> institutionIds = new HashMap<>();
        for (Institution institution : institutions) {
            institutionIds.put(institution.getName().toLowerCase(Locale.ROOT), institution.getId());
            if (institution.getShortName() != null) {
                institutionIds.putIfAbsent(institution.getShortName().toLowerCase(Locale.ROOT), institution.getId());
            }
        }
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Rejected> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            Map<String, String> columns = new HashMap<>();
            for (String header : parser.getHeaderNames()) {
                String alias = ALIASES.get(header.strip().toLowerCase(Locale.ROOT));
                if (alias != null) {
                    columns.putIfAbsent(alias, header);
                }
            }
            if (!columns.containsKey("name") || !columns.containsKey("email")) {
                throw new BusinessException("import.header");
            }
            for (CSVRecord row : parser) {
                int line = (int) row.getParser().getCurrentLineNumber();
                if (row.getRecordNumber() > maxRows) {
                    rejected.add(new ImportReport.Rejected(line, "import.tooManyRows", String.valueOf(maxRows)));
                    break;
                }
                String name = value(row, columns, "name");
                String email = value(row, columns, "email").toLowerCase(Locale.ROOT);
                String institution = value(row, columns, "institution");
                Long institutionId = institution.isEmpty() ? null : institutionIds.get(institution.toLowerCase(Locale.ROOT));
                String problem = !row.isConsistent() ? "import.columns"
                        : name.isEmpty() ? "import.nameMissing"
                        : name.length() > User.NAME_MAX ? "import.nameTooLong"
                        : !EMAIL.matcher(email).matches() || email.length() > User.EMAIL_MAX ? "import.emailInvalid"
                        : !seen.add(email) ? "import.emailTwice"
                        : !institution.isEmpty() && institutionId == null ? "import.institutionUnknown" : null;
                if (problem != null) {
                    rejected.add(new ImportReport.Rejected(line, problem,
                            problem.equals("import.institutionUnknown") ? institution : email));
                    continue;
                }
                try {
                    imported.add(action.apply(new Person(line, name, email, institutionId, value(row, columns, "password"))));
                } catch (BusinessException e) {
                    Object[] arguments = e.arguments();
                    rejected.add(new ImportReport.Rejected(line, e.messageKey(),
                            arguments.length > 0 ? String.valueOf(arguments[0]) : email));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BusinessException("import.unreadable");
        }
        return new ImportReport(imported, rejected);
    }

    private static String value(CSVRecord row, Map<String, String> columns, String column) {
        return columns.containsKey(column) && row.isSet(columns.get(column)) ? row.get(columns.get(column)).strip() : "";
    }
}
