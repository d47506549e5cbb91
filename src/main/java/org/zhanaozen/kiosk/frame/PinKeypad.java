package org.zhanaozen.kiosk.frame;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.Texts;

/**
 * The staff PIN, typed on large on-screen keys (a kiosk has no keyboard). Shows dots, never digits; after too many
 * wrong PINs it locks and counts the lock down. Neither the PIN nor any digit of it is logged.
 */
final class PinKeypad extends StackPane {

    private static final Logger LOG = LoggerFactory.getLogger(PinKeypad.class);
    private static final int MAX_DIGITS = 12;
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");

    private final PinGuard guard;
    private final KioskClock clock;
    private final Runnable accepted;
    private final Runnable cancelled;
    private final KioskEvents events;
    private final Executor hashing;
    private final char[] typed = new char[MAX_DIGITS];
    private int length;
    private final Label dots = new Label();
    private final Label message = Texts.label("", "pin-message");
    private final GridPane keys = new GridPane();
    private KioskClock.Scheduled countdown;
    /** A PIN is being checked: further keys wait for the answer. */
    private boolean checking;
    /** Taken away (an idle reset): an answer still on its way opens nothing. */
    private boolean disposed;

    /**
     * @param hashing where the typed PIN is checked, off the FX thread (PBKDF2 is slow on purpose)
     */
    PinKeypad(PinGuard guard, KioskClock clock, KioskEvents events, Executor hashing, Runnable accepted,
              Runnable cancelled) {
        this.guard = guard;
        this.hashing = hashing;
        this.clock = clock;
        this.events = events;
        this.accepted = accepted;
        this.cancelled = cancelled;
        setId("pin-keypad");
        getStyleClass().addAll("kiosk-overlay", "pin-keypad");
        dots.setId("pin-dots");
        dots.getStyleClass().add("pin-dots");
        message.setId("pin-message");
        keys.getStyleClass().add("pin-keys");
        for (int digit = 1; digit <= 9; digit++) {
            keys.add(digitKey(digit), (digit - 1) % 3, (digit - 1) / 3);
        }
        for (int column = 0; column < 3; column++) {
            ColumnConstraints equal = new ColumnConstraints();
            equal.setPercentWidth(100.0 / 3);
            keys.getColumnConstraints().add(equal);
        }
        Button clear = key("pin-clear", Messages.text("pin.clear"), this::clear);
        clear.getStyleClass().add("pin-word");
        keys.add(clear, 0, 3);
        keys.add(digitKey(0), 1, 3);
        Button ok = key("pin-ok", Messages.text("pin.ok"), this::submit);
        ok.getStyleClass().addAll("primary", "pin-word");
        keys.add(ok, 2, 3);
        Button cancel = key("pin-cancel", Messages.text("pin.cancel"), this::cancel);
        cancel.getStyleClass().add("pin-cancel");
        cancel.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(Texts.label(Messages.text("pin.heading"), "heading"), dots, message, keys, cancel);
        card.getStyleClass().addAll("overlay-card", "pin-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        addEventHandler(InputEvent.ANY, InputEvent::consume);
        showTyped();
        showLock();
    }

    private Button digitKey(int digit) {
        return key("pin-key-" + digit, Integer.toString(digit), () -> type((char) ('0' + digit)));
    }

    private static Button key(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("pin-key");
        button.setFocusTraversable(false);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void type(char digit) {
        if (length < MAX_DIGITS) {
            typed[length++] = digit;
        }
        message.setText("");
        showTyped();
    }

    private void clear() {
        Arrays.fill(typed, '\0');
        length = 0;
        showTyped();
    }

    private void submit() {
        if (checking) {
            return;
        }
        char[] pin = Arrays.copyOf(typed, length);
        clear();
        checking = true;
        keys.setDisable(true);
        guard.attempt(pin, hashing, Platform::runLater).thenAccept(this::answer);
    }

    private void answer(PinGuard.Result result) {
        checking = false;
        if (disposed) {
            return;
        }
        keys.setDisable(false);
        switch (result) {
            case ACCEPTED -> {
                LOG.info("Staff PIN accepted");
                stopCountdown();
                accepted.run();
            }
            case WRONG -> {
                LOG.warn("Wrong staff PIN ({} in a row)", guard.wrongInARow());
                events.staffAction("pin-wrong");
                message.setText(Messages.text("pin.wrong"));
                showLock();
            }
            case LOCKED -> showLock();
        }
    }

    private void cancel() {
        clear();
        stopCountdown();
        cancelled.run();
    }

    private void showTyped() {
        dots.setText(length == 0 ? Messages.text("pin.enter") : "\u25CF ".repeat(length).trim());
        dots.pseudoClassStateChanged(EMPTY, length == 0);
    }

    /** Disables the digits while locked and counts the lock down, second by second. */
    private void showLock() {
        stopCountdown();
        var lock = guard.lockedFor();
        keys.setDisable(lock.isPresent());
        if (lock.isPresent()) {
            long seconds = (lock.get().toMillis() + 999) / 1000;
            message.setText(Messages.text("pin.locked", String.valueOf(seconds)));
            countdown = clock.schedule(Duration.ofMillis(lock.get().toMillis() - (seconds - 1) * 1000), this::showLock);
        } else if (guard.wrongInARow() >= PinGuard.FREE_ATTEMPTS) {
            message.setText("");
        }
    }

    private void stopCountdown() {
        if (countdown != null) {
            countdown.cancel();
            countdown = null;
        }
    }

    /** Stops the lock countdown when the keypad is taken away without an answer (an idle reset). */
    void dispose() {
        disposed = true;
        clear();
        stopCountdown();
    }
}
