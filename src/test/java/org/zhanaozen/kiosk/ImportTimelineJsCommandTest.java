package org.zhanaozen.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --import-timelinejs FILE OUTDIR} from the command line, on bad input: one line naming where and what, exit
 * code 1, no stack trace, and OUTDIR as it was (nothing written, no scratch folder left beside it).
 */
class ImportTimelineJsCommandTest {

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<String> folderListing() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Stream<Arguments> badTimelines() {
        return Stream.of(
                Arguments.of("malformed.json", "{ \"events\": [ { \"start_date\": { \"year\": 1990 } ] }",
                        "1:48: malformed JSON: Unexpected close marker ']': expected '}' (opened at line 1, column 15)"),
                Arguments.of("noevents.json", "{ \"events\": [] }",
                        "1:13: \"events\" must be a list of at least one slide"),
                Arguments.of("nostart.json", "{ \"events\": [ { \"text\": { \"headline\": \"Dock fire\" } } ] }",
                        "1:15: slide 1 \"Dock fire\" has no start_date"),
                Arguments.of("bce.json", "{ \"events\": [ { \"start_date\": { \"year\": \"-500\" }, \"text\": { \"headline\":"
                        + " \"Old harbour\" } } ] }", "1:31: slide 1 \"Old harbour\": start_date is in the year -500"
                        + " (before the year 1: BCE), which this kiosk's timeline cannot place: it shows the years 1 to 9999"),
                Arguments.of("far.json", "{ \"events\": [ { \"start_date\": { \"year\": 12000 }, \"text\": { \"headline\":"
                        + " \"Far future\" } } ] }", "1:31: slide 1 \"Far future\": start_date is in the year 12000, which"
                        + " this kiosk's timeline cannot place: it shows the years 1 to 9999"),
                Arguments.of("cosmo.json", "{ \"scale\": \"cosmological\", \"events\": [ { \"start_date\": { \"year\": 1990 },"
                        + " \"text\": { \"headline\": \"Dock fire\" } } ] }", "1:12: scale \"cosmological\": this kiosk's"
                        + " timeline places dates of the years 1 to 9999 only (TimelineJS's \"human\" scale)"),
                Arguments.of("month.json", "{ \"events\": [ { \"start_date\": { \"year\": \"1990\", \"month\": \"May\" },"
                        + " \"text\": { \"headline\": \"Dock fire\" } } ] }",
                        "1:58: slide 1 \"Dock fire\": start_date month must be a whole number, not \"May\""),
                Arguments.of("feb.json", "{ \"events\": [ { \"start_date\": { \"year\": \"1990\", \"month\": \"2\", \"day\":"
                        + " \"31\" }, \"text\": { \"headline\": \"Dock fire\" } } ] }", "1:31: slide 1 \"Dock fire\":"
                        + " start_date is not a real date or time (Invalid date 'FEBRUARY 31')"),
                Arguments.of("backwards.json", "{ \"events\": [ { \"start_date\": { \"year\": 1991 }, \"end_date\": {"
                        + " \"year\": 1990 }, \"text\": { \"headline\": \"Dock fire\" } } ] }",
                        "1:61: slide 1 \"Dock fire\": its end date is before its start date"),
                Arguments.of("nohead.json", "{ \"events\": [ { \"start_date\": { \"year\": 1990 }, \"text\": { \"text\":"
                        + " \"No headline here\" } } ] }",
                        "1:15: slide 1 has no headline: the kiosk's timeline shows each event by it"),
                Arguments.of("dupid.json", "{ \"events\": [ { \"unique_id\": \"fire\", \"start_date\": { \"year\": 1990 },"
                        + " \"text\": { \"headline\": \"Dock fire\" } }, { \"unique_id\": \"fire\", \"start_date\": {"
                        + " \"year\": 1991 }, \"text\": { \"headline\": \"Second fire\" } } ] }",
                        "1:109: slide 2 \"Second fire\": unique_id \"fire\" is used by an earlier slide"),
                Arguments.of("nomedia.json", "{ \"events\": [ { \"start_date\": { \"year\": 1990 }, \"text\": {"
                        + " \"headline\": \"Dock fire\" }, \"media\": { \"url\": \"missing.png\" } } ] }",
                        "1:104: slide 1 \"Dock fire\": its media file \"missing.png\" does not exist beside the timeline"),
                Arguments.of("outside.json", "{ \"events\": [ { \"start_date\": { \"year\": 1990 }, \"text\": {"
                        + " \"headline\": \"Dock fire\" }, \"media\": { \"url\": \"../crane.png\" } } ] }",
                        "1:104: slide 1 \"Dock fire\": its media \"../crane.png\" is outside the timeline's folder (put"
                        + " the file beside the timeline, or in a folder below it)"),
                Arguments.of("eranoend.json", "{ \"events\": [ { \"start_date\": { \"year\": 1990 }, \"text\": {"
                        + " \"headline\": \"Dock fire\" } } ], \"eras\": [ { \"start_date\": { \"year\": 1990 }, \"text\":"
                        + " { \"headline\": \"Fires\" } } ] }",
                        "1:100: era 1 \"Fires\" has no end_date (an era needs both dates)"),
                Arguments.of("noyearcol.csv", "Headline,Text\nDock fire,x\n",
                        "1: no \"Year\" column: is this the CSV of the TimelineJS template?"),
                Arguments.of("type.csv", "Year,Headline,Type\n1990,Dock fire,chapter\n",
                        "2: Type must be title, era or blank (or empty), not \"chapter\""),
                Arguments.of("year.csv", "Year,Headline\nnineteen,Dock fire\n",
                        "2: slide \"Dock fire\": Year must be a whole number, not \"nineteen\""),
                Arguments.of("bce.csv", "Year,Headline\n1990,Dock fire\n-44,Ides\n",
                        "3: slide \"Ides\": start date is in the year -44 (before the year 1: BCE), which this kiosk's"
                        + " timeline cannot place: it shows the years 1 to 9999"),
                Arguments.of("time.csv", "Year,Month,Day,Time,Headline\n1990,5,1,noon,Dock fire\n",
                        "2: slide \"Dock fire\": Time must be a time such as 14:30 or 2:30 PM, not \"noon\""),
                Arguments.of("endtime.csv", "Year,Headline,End Year,End Time\n1990,Dock fire,1990,25:00\n",
                        "2: slide \"Dock fire\": end date is not a real date or time (Invalid value for HourOfDay"
                        + " (valid values 0 - 23): 25)"),
                Arguments.of("twotitles.csv", "Year,Headline,Type\n,First title,title\n1990,Dock fire,\n,Second title,title\n",
                        "4: a second title slide (the first is at row 2): a timeline has one"),
                Arguments.of("quote.csv", "Year,Headline,Text\n1990,Dock fire,\"never closed\n",
                        "2: malformed CSV: Missing closing quote for value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTimelines")
    void badInputIsOneLineNamingWhereAndOutdirIsLeftAlone(String name, String content, String expected)
            throws IOException {
        Path timeline = Files.writeString(temp.resolve(name), content);
        Path out = temp.resolve("out");

        Run run = run("--import-timelinejs", timeline.toString(), out.toString());

        assertThat(run.out()).isEqualTo(timeline + ":" + expected + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(folderListing()).containsExactly(name);
    }

    @Test
    void moreGroupsThanThePhasesTheKioskColoursAreRefusedAtTheSlideThatAddsOne() throws IOException {
        StringBuilder json = new StringBuilder("{ \"events\": [");
        for (int i = 1; i <= 9; i++) {
            json.append(i == 1 ? " " : ", ").append("{ \"start_date\": { \"year\": 1990 }, \"text\": { \"headline\": \"Branch ")
                    .append(i).append("\" }, \"group\": \"Branch ").append(i).append("\" }");
        }
        String text = json.append(" ] }").toString();
        Path timeline = Files.writeString(temp.resolve("branches.json"), text);

        Run run = run("--import-timelinejs", timeline.toString(), temp.resolve("out").toString());

        int column = text.lastIndexOf("{ \"start_date\"") + 1;
        assertThat(run.out()).isEqualTo(timeline + ":1:" + column + ": slide 9 \"Branch 9\": its group \"Branch 9\" would be"
                + " group 9: the kiosk shows at most 8 groups (as phases, each in a colour of its own), slides without a"
                + " group counting as one" + System.lineSeparator());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(folderListing()).containsExactly("branches.json");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        Path timeline = Files.write(temp.resolve("latin1.csv"),
                "Year,Headline\n1990,Dock f\u00eate\n".getBytes(StandardCharsets.ISO_8859_1));

        Run run = run("--import-timelinejs", timeline.toString(), temp.resolve("out").toString());

        assertThat(run.out()).isEqualTo(timeline + ": is not UTF-8 text: save it with UTF-8 encoding"
                + System.lineSeparator());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(folderListing()).containsExactly("latin1.csv");
    }

    @Test
    void aTimelineThatIsNotThereIsNamed() {
        Path missing = temp.resolve("nothere.json");

        Run run = run("--import-timelinejs", missing.toString(), temp.resolve("out").toString());

        assertThat(run.out()).isEqualTo(missing + ": does not exist" + System.lineSeparator());
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void anOutdirWithAnythingInItIsRefusedNotOverwritten() throws IOException {
        Path timeline = Files.writeString(temp.resolve("fine.json"),
                "{ \"events\": [ { \"start_date\": { \"year\": 1990 }, \"text\": { \"headline\": \"Dock fire\" } } ] }");
        Path out = Files.createDirectories(temp.resolve("exhibit"));
        Files.writeString(out.resolve("notes.txt"), "mine");

        Run run = run("--import-timelinejs", timeline.toString(), out.toString());

        assertThat(run.out()).isEqualTo(out + ": is not empty: the import writes a new content folder and never"
                + " overwrites one" + System.lineSeparator());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(1);
        }
        assertThat(folderListing()).containsExactly("exhibit", "fine.json");
    }

    @Test
    void anEmptyOutdirIsFilledAndTheCommandLineWantsBothArguments() throws IOException {
        Path timeline = Files.writeString(temp.resolve("fine.json"),
                "{ \"events\": [ { \"start_date\": { \"year\": 1990 }, \"text\": { \"headline\": \"Dock fire\" } } ] }");
        Path out = Files.createDirectories(temp.resolve("exhibit"));

        assertThat(run("--import-timelinejs", timeline.toString(), out.toString()).exit()).isZero();
        assertThat(out.resolve("events.json")).exists();
        assertThat(folderListing()).containsExactly("exhibit", "fine.json");

        Run missingOutdir = run("--import-timelinejs", timeline.toString());
        assertThat(missingOutdir.err()).isEqualTo("zhanaozen-kiosk: Missing required parameter: 'OUTDIR'"
                + " (see --import-timelinejs --help)" + System.lineSeparator());
        assertThat(missingOutdir.exit()).isEqualTo(2);
    }
}
