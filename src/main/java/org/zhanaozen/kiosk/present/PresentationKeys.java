package org.zhanaozen.kiosk.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * The keys presentation clickers send and presentation software answers, as a filter on the window that consumes
 * them, so a screen under the tour does not also scroll or press a button on Space or Enter. Typing a number then
 * Enter jumps to that step (from 1). While a curtain is down, a step key only lifts it, as in presentation software.
 */
final class PresentationKeys {

    /** What the keys do. */
    interface Actions {
        void next();

        void previous();

        void first();

        void last();

        /** A step number as typed, from 1. */
        void jumpTo(int stepNumber);

        void toggleCurtain(Curtain.Shade shade);

        /** Lifts the curtain if one is down; true if it was. */
        boolean liftCurtain();

        void leave();
    }

    private static final Set<KeyCode> NEXT =
            Set.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.ENTER);
    private static final Set<KeyCode> PREVIOUS = Set.of(KeyCode.LEFT, KeyCode.UP, KeyCode.PAGE_UP, KeyCode.BACK_SPACE);
    private static final Set<KeyCode> OTHERS = Set.of(KeyCode.HOME, KeyCode.END, KeyCode.B, KeyCode.PERIOD,
            KeyCode.W, KeyCode.COMMA, KeyCode.ESCAPE);
    /** The characters those keys type (typed events carry no key code). */
    private static final String TYPED = " \r\n\b\u001b.,bBwW0123456789";
    /** Long enough for any tour; more digits than this are a stuck key, not a step number. */
    private static final int MAX_DIGITS = 4;

    private final Actions actions;
    private final StringBuilder typed = new StringBuilder();
    private final EventHandler<KeyEvent> pressed = this::pressed;
    private final EventHandler<KeyEvent> swallow = this::swallow;
    private final List<Window> windows = new ArrayList<>();

    PresentationKeys(Actions actions) {
        this.actions = actions;
    }

    /**
     * Listens in this window too: the exhibit's, and the presenter view's (which has the focus once clicked). On the
     * window, not its scene, so the presenter's keys come before any screen's own filters on the scene: the
     * timeline's arrow and page keys would otherwise close the event a step had just opened.
     */
    void attach(Window window) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        window.addEventFilter(KeyEvent.KEY_RELEASED, swallow);
        window.addEventFilter(KeyEvent.KEY_TYPED, swallow);
        windows.add(window);
        // A window outlives its scene: once it shows another one, the keys are no longer the presentation's.
        window.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> scene, Scene presented, Scene now) {
                scene.removeListener(this);
                detachFrom(window);
                windows.remove(window);
            }
        });
    }

    void detach() {
        windows.forEach(this::detachFrom);
        windows.clear();
    }

    private void detachFrom(Window window) {
        window.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
        window.removeEventFilter(KeyEvent.KEY_RELEASED, swallow);
        window.removeEventFilter(KeyEvent.KEY_TYPED, swallow);
    }

    /** The step number typed so far, for the presenter to see; empty when none. */
    String typed() {
        return typed.toString();
    }

    private static boolean handled(KeyEvent event) {
        KeyCode code = event.getCode();
        return NEXT.contains(code) || PREVIOUS.contains(code) || OTHERS.contains(code) || digit(code) >= 0;
    }

    private void swallow(KeyEvent event) {
        boolean ours = event.getEventType() == KeyEvent.KEY_TYPED
                ? TYPED.indexOf(event.getCharacter()) >= 0 && !event.getCharacter().isEmpty()
                : handled(event);
        if (ours) {
            event.consume();
        }
    }

    private void pressed(KeyEvent event) {
        if (!handled(event) || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        event.consume();
        KeyCode code = event.getCode();
        int digit = digit(code);
        if (digit >= 0) {
            if (typed.length() < MAX_DIGITS) {
                typed.append(digit);
            }
            return;
        }
        if (code == KeyCode.ENTER && typed.length() > 0) {
            int number = Integer.parseInt(typed.toString());
            typed.setLength(0);
            actions.liftCurtain();
            actions.jumpTo(number);
            return;
        }
        typed.setLength(0);
        if (code == KeyCode.B || code == KeyCode.PERIOD) {
            actions.toggleCurtain(Curtain.Shade.BLACK);
        } else if (code == KeyCode.W || code == KeyCode.COMMA) {
            actions.toggleCurtain(Curtain.Shade.WHITE);
        } else if (code == KeyCode.ESCAPE) {
            actions.leave();
        } else if (!actions.liftCurtain()) {
            step(code);
        }
    }

    private void step(KeyCode code) {
        if (NEXT.contains(code)) {
            actions.next();
        } else if (PREVIOUS.contains(code)) {
            actions.previous();
        } else if (code == KeyCode.HOME) {
            actions.first();
        } else if (code == KeyCode.END) {
            actions.last();
        }
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return Character.getNumericValue(name.charAt(name.length() - 1));
        }
        return -1;
    }
}
