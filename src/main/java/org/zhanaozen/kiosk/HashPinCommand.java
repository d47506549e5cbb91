package org.zhanaozen.kiosk;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.zhanaozen.kiosk.frame.PinHash;

/**
 * {@code --hash-pin}: prints the {@code staff.pin.hash=…} line for a staff PIN, to paste into kiosk.properties.
 * The PIN is read without echo from the terminal, or from standard input ({@code echo 482915 | … --hash-pin}),
 * or taken from the command line (which leaves it in the shell's history).
 */
final class HashPinCommand {

    private HashPinCommand() {
    }

    static int run(String given, InputStream in, PrintStream out, PrintStream err) {
        char[] pin;
        try {
            pin = given != null ? given.toCharArray() : read(in);
        } catch (IOException e) {
            err.println("zhanaozen-kiosk: cannot read the PIN: " + e.getMessage());
            return 2;
        }
        try {
            if (!PinHash.isAcceptablePin(java.nio.CharBuffer.wrap(pin))) {
                err.println("zhanaozen-kiosk: a staff PIN is 4 to 12 digits (the keypad has digits only)");
                return 2;
            }
            out.println("staff.pin.hash=" + PinHash.of(pin));
            return 0;
        } finally {
            PinHash.wipe(pin);
        }
    }

    private static char[] read(InputStream in) throws IOException {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] typed = console.readPassword("Staff PIN (4-12 digits): ");
            return typed != null ? typed : new char[0];
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return line != null ? line.strip().toCharArray() : new char[0];
    }
}
