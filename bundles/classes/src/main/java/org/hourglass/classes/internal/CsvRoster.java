package org.hourglass.classes.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hourglass.api.classes.RosterRow;
import org.hourglass.api.problem.Problem;

/**
 * C-21: a roster table (CSV with RFC 4180 quoting, or a spreadsheet's first sheet), first line a header
 * naming the columns in English or as in the seed's template (姓名, 联系方式, 证件类型, 证件号码, 性别).
 * A UTF-8 byte-order mark is ignored.
 */
final class CsvRoster {
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("姓名", "name"),
            Map.entry("contact", "contact"), Map.entry("phone", "contact"), Map.entry("联系方式", "contact"), Map.entry("手机号", "contact"),
            Map.entry("idtype", "idType"), Map.entry("证件类型", "idType"),
            Map.entry("idnumber", "idNumber"), Map.entry("证件号码", "idNumber"), Map.entry("身份证号", "idNumber"),
            Map.entry("gender", "gender"), Map.entry("性别", "gender"));

    private CsvRoster() {
    }

    static List<RosterRow> parse(String text) {
        return rows(records(text.startsWith("\ufeff") ? text.substring(1) : text));
    }

    /** Rows of a table (CSV or the first sheet of a spreadsheet) whose first line is the header. */
    static List<RosterRow> rows(List<List<String>> lines) {
        if (lines.isEmpty()) {
            throw Problem.invalid("the file has no header line", List.of());
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = lines.get(0);
        for (int i = 0; i < header.size(); i++) {
            String key = HEADERS.get(header.get(i).trim().toLowerCase(Locale.ROOT).replace(" ", ""));
            if (key != null) {
                columns.putIfAbsent(key, i);
            }
        }
        if (!columns.containsKey("name") || !columns.containsKey("idNumber")) {
            throw Problem.invalid("the header needs at least the columns name and idNumber (姓名, 证件号码); got " + header, List.of());
        }
        List<RosterRow> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new RosterRow(cell(line, columns, "name"), cell(line, columns, "contact"), cell(line, columns, "idType"),
                    cell(line, columns, "idNumber"), cell(line, columns, "gender")));
        }
        return rows;
    }

    private static String cell(List<String> line, Map<String, Integer> columns, String key) {
        Integer i = columns.get(key);
        if (i == null || i >= line.size()) {
            return null;
        }
        String v = line.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    /** Splits into records of fields, honouring quotes (a quoted field may hold commas, quotes as "" and newlines). */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw Problem.invalid("the CSV ends inside a quoted field", List.of());
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
