package org.zhanaozen.kiosk;

import java.nio.file.Path;
import java.util.List;
import org.zhanaozen.kiosk.Options.Command;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * The one definition of the kiosk's command line: its options, the one-shot commands with their own arguments, and
 * the help printed from them. Without a command the kiosk runs; {@code --validate}, {@code --screenshots} and the
 * others are commands (picocli subcommands spelt as options), so an option that belongs to one command is refused
 * with another.
 */
@CommandLine.Command(name = KioskCommandLine.NAME, separator = " ", sortOptions = false,
        description = "Runs the exhibit (full screen, on the bundled content), or one of the commands below and exits.",
        commandListHeading = "%nCommands (each has its own --help, e.g. --validate --help):%n",
        customSynopsis = KioskCommandLine.NAME + " [OPTIONS] [COMMAND [ITS ARGUMENTS]]",
        subcommands = {KioskCommandLine.Validate.class, KioskCommandLine.Screenshots.class,
                KioskCommandLine.SmokeTest.class, KioskCommandLine.HashPin.class, KioskCommandLine.UsageReport.class,
                KioskCommandLine.ImportTimelineJs.class})
final class KioskCommandLine {

    static final String NAME = "zhanaozen-kiosk";

    @Mixin
    private ContentFolder content;

    @Option(names = "--windowed", description = "a normal, resizable window instead of full screen")
    private boolean windowed;

    @Option(names = "--config", paramLabel = "FILE", description = "the kiosk's settings (default: ${DEFAULT-VALUE})")
    private Path config = KioskFolders.ofThisMachine().config();

    @Option(names = "--idle", description = "idle reset and attract state in a --windowed rehearsal too")
    private boolean idle;

    @Option(names = "--present",
            description = "start in presentation mode: the guided tour, stepped with a clicker or the keys")
    private boolean present;

    @Option(names = "--autoplay", paramLabel = "SECONDS", converter = AutoplaySeconds.class,
            description = "presentation mode that steps by itself every SECONDS (5-3600), looping")
    private int autoplaySeconds;

    @Option(names = "--swap-screens",
            description = "with two screens, the exhibit on the primary one and the presenter view on the other")
    private boolean swapScreens;

    @Option(names = "--no-transitions",
            description = "screens jump instead of animating (also: motion.reduced=true in the settings)")
    private boolean noTransitions;

    @Option(names = "--version", versionHelp = true, description = "print the version")
    private boolean version;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
    private boolean help;

    /** A command that reads the content, with its own {@code --data}. */
    private interface ReadsContent {
        ContentFolder content();
    }

    /** {@code --data DIR}, for the kiosk and for each command that reads the content. */
    static final class ContentFolder {
        @Option(names = "--data", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})")
        Path folder = Options.defaultDataFolder();
    }

    /** {@code --help} of one command. */
    static final class CommandHelp {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this command's help")
        boolean help;
    }

    /** {@code --size WxH}, for the commands that render the screens. */
    static final class RenderSize {
        @Option(names = "--size", paramLabel = "WxH", converter = SizeConverter.class,
                description = "one size instead of both 1920x1080 and 1080x1920")
        Size size;
    }

    /** The pixel size of a rendering. */
    record Size(int width, int height) {
    }

    @CommandLine.Command(name = "--validate", separator = " ", sortOptions = false,
            description = "check a content folder and its base map without opening a window: print every problem as "
                    + "FILE:LINE:COLUMN: what is wrong (warnings as FILE: warning: ...), then a summary; exit 0 if "
                    + "there are no errors (warnings allowed), 1 if there are")
    static final class Validate implements ReadsContent {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "the folder to check (default: --data)")
        Path folder;
        @Mixin
        ContentFolder content;
        @Mixin
        CommandHelp help;

        @Override
        public ContentFolder content() {
            return content;
        }
    }

    @CommandLine.Command(name = "--screenshots", separator = " ", sortOptions = false,
            description = "render every screen and its main states to PNG files in DIR without a window, then exit")
    static final class Screenshots implements ReadsContent {
        @Parameters(paramLabel = "DIR", description = "where the PNG files go")
        Path output;
        @Mixin
        RenderSize size;
        @Mixin
        ContentFolder content;
        @Mixin
        CommandHelp help;

        @Override
        public ContentFolder content() {
            return content;
        }
    }

    @CommandLine.Command(name = "--smoke-test", separator = " ", sortOptions = false,
            description = "headless check of an installed kiosk: load the content, show every screen once, "
                    + "exit 0 if all rendered, 1 with the reason if not")
    static final class SmokeTest implements ReadsContent {
        @Mixin
        RenderSize size;
        @Mixin
        ContentFolder content;
        @Mixin
        CommandHelp help;

        @Override
        public ContentFolder content() {
            return content;
        }
    }

    @CommandLine.Command(name = "--hash-pin", separator = " ",
            description = "print the staff.pin.hash line for a staff PIN (4-12 digits)")
    static final class HashPin {
        @Parameters(arity = "0..1", paramLabel = "PIN",
                description = "the PIN (default: read from standard input, not echoed)")
        String pin;
        @Mixin
        CommandHelp help;
    }

    @CommandLine.Command(name = "--usage-report", separator = " ",
            description = "print visits per day, visit lengths, most viewed sections, most opened events, places "
                    + "and people, and links followed, from the usage log in DIR; exit 0, or 1 if the folder is missing")
    static final class UsageReport {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "the usage log folder (default: ${DEFAULT-VALUE})")
        Path folder = KioskFolders.ofThisMachine().usage();
        @Mixin
        CommandHelp help;
    }

    @CommandLine.Command(name = "--import-timelinejs", separator = " ",
            description = "write a new content folder OUTDIR from a TimelineJS timeline FILE (TimelineJS3 JSON, or the "
                    + "CSV of its Google Sheets template); print what is left out as warnings; exit 0, or 1 with "
                    + "FILE:LINE:COLUMN: what is wrong (FILE:ROW: for CSV) and OUTDIR untouched")
    static final class ImportTimelineJs {
        @Parameters(index = "0", paramLabel = "FILE", description = "the timeline (.json or .csv)")
        Path file;
        @Parameters(index = "1", paramLabel = "OUTDIR", description = "the content folder to write: new, or empty")
        Path output;
        @Mixin
        CommandHelp help;
    }

    static final class AutoplaySeconds implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int seconds = Integer.parseInt(value);
                if (seconds >= 5 && seconds <= 3600) {
                    return seconds;
                }
            } catch (NumberFormatException notANumber) {
                // the message below says what is wanted
            }
            throw new TypeConversionException("a number of seconds from 5 to 3600 is needed, not \"" + value + "\"");
        }
    }

    static final class SizeConverter implements ITypeConverter<Size> {
        @Override
        public Size convert(String value) {
            String[] parts = value.split("[xX]", -1);
            int width;
            int height;
            try {
                width = Integer.parseInt(parts[0]);
                height = Integer.parseInt(parts[1]);
            } catch (RuntimeException e) {
                throw new TypeConversionException("WIDTHxHEIGHT is needed, e.g. 1920x1080, not \"" + value + "\"");
            }
            if (parts.length != 2 || width < 320 || height < 320 || width > 8192 || height > 8192) {
                throw new TypeConversionException("a size between 320x320 and 8192x8192 is needed, not \"" + value + "\"");
            }
            return new Size(width, height);
        }
    }

    private KioskCommandLine() {
    }

    /** The command line's definition, for its help and for the README's table of options. */
    static CommandSpec spec() {
        return commandLine().getCommandSpec();
    }

    private static CommandLine commandLine() {
        return new CommandLine(new KioskCommandLine()).setUsageHelpWidth(110);
    }

    /**
     * Parses the command line.
     *
     * @throws IllegalArgumentException with a one-line message fit to print, for a malformed command line
     */
    static Options parse(List<String> args) {
        CommandLine line = commandLine();
        ParseResult parsed;
        try {
            parsed = line.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException wrong) {
            throw new IllegalArgumentException(oneLine(wrong));
        }
        KioskCommandLine kiosk = line.getCommand();
        ParseResult command = parsed.subcommand();
        if (command == null) {
            Command what = parsed.isUsageHelpRequested() ? Command.HELP
                    : parsed.isVersionHelpRequested() ? Command.VERSION : Command.RUN;
            return kiosk.options(what, kiosk.content.folder, null, null, null, null, line.getUsageMessage());
        }
        String name = command.commandSpec().name();
        List<String> kioskOnly = parsed.matchedOptions().stream().map(OptionSpec::longestName)
                .filter(option -> !option.equals("--data")).toList();
        if (!kioskOnly.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", kioskOnly) + " cannot be used with " + name
                    + " (see " + name + " --help)");
        }
        String help = command.commandSpec().commandLine().getUsageMessage();
        if (command.isUsageHelpRequested()) {
            return kiosk.options(Command.HELP, kiosk.content.folder, null, null, null, null, help);
        }
        Object given = command.commandSpec().userObject();
        Path data = command.hasMatchedOption("--data") ? ((ReadsContent) given).content().folder : kiosk.content.folder;
        Path output = null;
        Size size = null;
        String pin = null;
        Path usage = null;
        Command what;
        if (given instanceof Validate validate) {
            what = Command.VALIDATE;
            data = validate.folder != null ? validate.folder : data;
        } else if (given instanceof Screenshots screenshots) {
            what = Command.SCREENSHOTS;
            output = screenshots.output;
            size = screenshots.size.size;
        } else if (given instanceof SmokeTest smokeTest) {
            what = Command.SMOKE_TEST;
            size = smokeTest.size.size;
        } else if (given instanceof ImportTimelineJs importing) {
            what = Command.IMPORT_TIMELINEJS;
            data = importing.file;
            output = importing.output;
        } else if (given instanceof HashPin hashPin) {
            what = Command.HASH_PIN;
            pin = hashPin.pin;
        } else {
            what = Command.USAGE_REPORT;
            usage = ((UsageReport) given).folder;
        }
        return kiosk.options(what, data, output, size, pin, usage, help);
    }

    /** The options record from what was parsed; {@code size} and {@code usage} may be null for their defaults. */
    private Options options(Command what, Path data, Path output, Size size, String pin, Path usage, String help) {
        return new Options(data, what, windowed, output, size == null ? 0 : size.width(), size == null ? 0 : size.height(), config,
                idle, pin, usage == null ? KioskFolders.ofThisMachine().usage() : usage,
                new Options.Presenting(present || autoplaySeconds > 0, swapScreens, autoplaySeconds, noTransitions),
                help);
    }

    /**
     * picocli's message, on one line, naming only the options at fault: an option of one command given with another
     * says so, naming both.
     */
    static String oneLine(ParameterException wrong) {
        CommandSpec where = wrong.getCommandLine().getCommandSpec();
        boolean inACommand = where.parent() != null;
        String seeHelp = inACommand ? " (see " + where.name() + " --help)" : " (see --help)";
        if (wrong instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> strays = unmatched.getUnmatched().stream().filter(arg -> arg.startsWith("-")).toList();
            List<String> commands = inACommand
                    ? strays.stream().filter(where.parent().subcommands()::containsKey).toList() : List.of();
            if (!commands.isEmpty()) {
                return where.name() + " and " + String.join(", ", commands) + " are separate commands: give one";
            }
            if (inACommand && !strays.isEmpty()) {
                return String.join(", ", strays) + " cannot be used with " + where.name() + seeHelp;
            }
            if (!strays.isEmpty()) {
                String first = strays.get(0);
                List<String> owners = where.subcommands().values().stream().map(CommandLine::getCommandSpec)
                        .filter(command -> command.findOption(first) != null).map(CommandSpec::name).toList();
                return owners.isEmpty()
                        ? (strays.size() == 1 ? "unknown option " : "unknown options ") + String.join(", ", strays) + seeHelp
                        : first + " goes with " + String.join(" or ", owners) + seeHelp;
            }
        }
        return wrong.getMessage().replace(System.lineSeparator(), " ").strip() + seeHelp;
    }
}
