package org.zhanaozen.kiosk.present;

import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.TourStep;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.ScreenNames;

/** One line per tour step for the presenter, built from the content: "Timeline — Strike begins (11 May 2011)". */
final class StepDescriptions {

    private final Exhibit exhibit;
    private final Navigator navigator;

    StepDescriptions(Exhibit exhibit, Navigator navigator) {
        this.exhibit = exhibit;
        this.navigator = navigator;
    }

    String describe(TourStep step) {
        // a screen this exhibit lacks is named all the same: the presenter sees which step will be skipped
        String screen = navigator.screen(step.screen().id()).map(Screen::title)
                .orElseGet(() -> ScreenNames.of(step.screen()));
        String target = switch (step.screen()) {
            case TIMELINE -> step.event() == null ? null
                    : exhibit.event(step.event()).map(e -> e.title() + " (" + e.shownDate() + ")").orElse(null);
            case MAP -> step.place() == null ? null
                    : exhibit.place(step.place()).map(p -> p.name()).orElse(null);
            case PEOPLE -> step.person() != null
                    ? exhibit.person(step.person()).map(p -> p.name()).orElse(null)
                    : step.view() == null ? null : viewName(step.view());
            default -> null;
        };
        return target == null ? screen : screen + " \u2014 " + target;
    }

    /** A people view by the name of its tab (the loader accepts only these two). */
    private static String viewName(String view) {
        return view.equals("accused") ? Messages.text("people.tab.accused") : Messages.text("people.tab.victims");
    }
}
