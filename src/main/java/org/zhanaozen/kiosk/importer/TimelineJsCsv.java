package org.zhanaozen.kiosk.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CSV of TimelineJS's Google Sheets template: one row per slide, columns found by their header (in any
 * order, any case). {@code Type} marks the title slide ({@code title}) and eras ({@code era}); blank or {@code blank}
 * is an event. Rows are numbered as the spreadsheet numbers them, the header being row 1.
 */
final class TimelineJsCsv {

    private static final String YEAR = "year";
    private static final String HEADLINE = "headline";
    /** The template's time of day: 24-hour or with AM/PM, seconds optional. */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?");

    private final String file;

    private TimelineJsCsv(String file) {
        this.file = file;
    }

    static Timeline read(String file, String text, Path folder) throws ImportFailure {
        return new TimelineJsCsv(file).timeline(text, folder);
    }

    private Timeline timeline(String text, Path folder) throws ImportFailure {
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> reader = csv.readerForListOf(String.class)
                .with(CsvSchema.emptySchema()).readValues(text)) {
            while (reader.hasNextValue()) {
                rows.add(reader.nextValue());
            }
        } catch (IOException | RuntimeJsonMappingException e) {
            // A row that cannot be read at all (a quote never closed): the rows read so far tell which one.
            throw SourcePlace.row(file, rows.size() + 1).failure("malformed CSV: "
                    + e.getMessage().lines().findFirst().orElse("unreadable"));
        }
        if (rows.isEmpty()) {
            throw SourcePlace.wholeFile(file).failure("the file is empty");
        }
        Map<String, Integer> columns = header(rows.get(0));
        Timeline.Slide title = null;
        List<Timeline.Slide> events = new ArrayList<>();
        List<Timeline.Slide> eras = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Row row = new Row(SourcePlace.row(file, i + 1), rows.get(i), columns);
            if (row.isBlank()) {
                continue; // spreadsheets export empty rows below the last one filled in
            }
            String type = row.cell("type");
            switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
                case "title" -> {
                    if (title != null) {
                        throw row.where.failure("a second title slide (the first is at row " + title.where().line()
                                + "): a timeline has one");
                    }
                    title = row.slide("the title slide", false);
                }
                case "era" -> {
                    Timeline.Slide era = row.slide("era", true);
                    if (era.end() == null) {
                        throw row.where.failure(era.name() + " has no End Year (an era needs both dates)");
                    }
                    eras.add(era);
                }
                case "", "blank" -> events.add(row.slide("slide", true));
                default -> throw row.where.failure("Type must be title, era or blank (or empty), not \"" + type + "\"");
            }
        }
        if (events.isEmpty()) {
            throw SourcePlace.wholeFile(file).failure("the timeline has no slides (rows without a Type)");
        }
        return new Timeline(title, events, eras, folder);
    }

    private Map<String, Integer> header(List<String> names) throws ImportFailure {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of(YEAR, HEADLINE)) {
            if (!columns.containsKey(required)) {
                throw SourcePlace.row(file, 1).failure("no \"" + capitalised(required)
                        + "\" column: is this the CSV of the TimelineJS template?");
            }
        }
        return columns;
    }

    /** A column as the template spells it: "end year" is "End Year". */
    private static String capitalised(String column) {
        return Pattern.compile("\\b\\p{L}").matcher(column).replaceAll(letter -> letter.group().toUpperCase(Locale.ROOT));
    }

    /** One row, its cells by column name. */
    private static final class Row {
        final SourcePlace where;
        final List<String> cells;
        final Map<String, Integer> columns;

        Row(SourcePlace where, List<String> cells, Map<String, Integer> columns) {
            this.where = where;
            this.cells = cells;
            this.columns = columns;
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        /** The cell's text, or null when the column is missing or the cell empty. */
        String cell(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size() || cells.get(index).isBlank()) {
                return null;
            }
            return cells.get(index).strip();
        }

        Timeline.Slide slide(String kind, boolean dated) throws ImportFailure {
            String headline = cell(HEADLINE);
            String name = headline == null ? kind : kind + " \"" + PlainText.of(headline) + "\"";
            Timeline.DateParts start = date(name, "", "start date");
            if (dated && start == null) {
                throw where.failure(name + " has no Year");
            }
            String url = cell("media");
            Timeline.Media media = url == null ? null
                    : new Timeline.Media(where, url, cell("media caption"), cell("media credit"), null);
            return new Timeline.Slide(where, name, start, date(name, "end ", "end date"), cell("display date"),
                    headline, cell("text"), media, cell("group"), null);
        }

        /** The date in the columns Year, Month, Day, Time (or End Year …); null without a year. */
        private Timeline.DateParts date(String name, String prefix, String what) throws ImportFailure {
            Integer year = number(name, prefix + YEAR);
            Integer month = number(name, prefix + "month");
            Integer day = number(name, prefix + "day");
            if (year == null && month == null && day == null) {
                return null;
            }
            Integer hour = null;
            Integer minute = null;
            Integer second = null;
            String time = cell(prefix + "time");
            if (time != null) {
                Matcher m = TIME.matcher(time);
                if (!m.matches()) {
                    throw where.failure(name + ": " + capitalised(prefix + "time") + " must be a time such as 14:30"
                            + " or 2:30 PM, not \"" + time + "\"");
                }
                hour = Integer.parseInt(m.group(1));
                minute = Integer.parseInt(m.group(2));
                second = m.group(3) == null ? null : Integer.parseInt(m.group(3));
                if (m.group(4) != null && hour >= 1 && hour <= 12) {
                    hour = hour % 12 + (m.group(4).equalsIgnoreCase("pm") ? 12 : 0);
                }
            }
            return new Timeline.DateParts(where, what, year, month, day, hour, minute, second, null, null);
        }

        private Integer number(String name, String column) throws ImportFailure {
            String text = cell(column);
            if (text == null) {
                return null;
            }
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException notWhole) {
                throw where.failure(name + ": " + capitalised(column) + " must be a whole number, not \"" + text + "\"");
            }
        }
    }
}
