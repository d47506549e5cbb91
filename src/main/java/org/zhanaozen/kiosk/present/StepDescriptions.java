package org.zhanaozen.kiosk.present;

import java.util.Map;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.TourStep;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;

/** One line per tour step for the presenter, built from the content: "Timeline — Strike begins (11 May 2011)". */
final class StepDescriptions {

    /** Names for screens this build may lack; a screen that exists is named by its own title. */
    private static final Map<String, String> SCREEN_NAMES = Map.of(
            "home", "Welcome", "map", "Map", "timeline", "Timeline", "people", "People",
            "demands", "Demands", "context", "Context", "closing", "Closing");

    private final Exhibit exhibit;
    private final Navigator navigator;

    StepDescriptions(Exhibit exhibit, Navigator navigator) {
        this.exhibit = exhibit;
        this.navigator = navigator;
    }

    String describe(TourStep step) {
        String screen = navigator.screen(step.screen()).map(Screen::title)
                .orElse(SCREEN_NAMES.getOrDefault(step.screen(), step.screen()));
        String target = switch (step.screen()) {
            case "timeline" -> step.event() == null ? null
                    : exhibit.event(step.event()).map(e -> e.title() + " (" + e.dateText() + ")").orElse(null);
            case "map" -> step.place() == null ? null
                    : exhibit.place(step.place()).map(p -> p.name()).orElse(null);
            case "people" -> step.person() != null
                    ? exhibit.person(step.person()).map(p -> p.name()).orElse(null)
                    : step.view() == null ? null : "the " + step.view();
            default -> null;
        };
        return target == null ? screen : screen + " \u2014 " + target;
    }
}
