package org.zhanaozen.kiosk.people;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Person;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.frame.ScreenState;
import org.zhanaozen.kiosk.people.PeopleModel.Section;
import org.zhanaozen.kiosk.ui.ImageLoader;
import org.zhanaozen.kiosk.ui.Messages;
import org.zhanaozen.kiosk.ui.ScreenNames;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The people of the story: a card for each victim, opening onto their whole story, and the accused with what they
 * were accused of beside what they really did. Two large tabs switch between the two; the victims come first.
 */
public final class PeopleScreen implements Screen {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final Exhibit exhibit;
    private final PeopleModel model;
    private final VictimsView victims;
    private final AccusedView accused;
    private final StackPane root;

    /** @param portraits decodes portraits off the JavaFX thread */
    public PeopleScreen(Exhibit exhibit, Navigator navigator, ImageLoader portraits) {
        this.exhibit = exhibit;
        this.model = new PeopleModel(exhibit.victims());
        victims = new VictimsView(exhibit.info(), model, portraits);
        accused = new AccusedView(exhibit.accused(), exhibit.accusations(), model);
        PersonDetail detail = new PersonDetail(exhibit, navigator, model, portraits);

        HBox tabs = new HBox(tab(Messages.text("people.tab.victims"), Section.VICTIMS),
                tab(Messages.text("people.tab.accused"), Section.ACCUSED));
        tabs.getStyleClass().add("people-tabs");
        StackPane sections = new StackPane(victims.page(), accused.page());
        BorderPane layout = new BorderPane(sections);
        // the tabs below the cards, in reach of a seated visitor, just above the navigation bar
        layout.setBottom(tabs);
        layout.getStyleClass().add("people-layout");
        showSection(model.section());
        model.sectionProperty().addListener((obs, old, now) -> showSection(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null && old != null && model.section() == Section.VICTIMS) {
                victims.cardOf(old).requestFocus();
            }
            if (now != null) {
                navigator.opened(new Link.ToPerson(now.id()));
            }
        });

        root = new StackPane(layout, detail.view());
        root.setId("people-screen");
        root.getStyleClass().addAll("screen", "people-screen");
        root.getStylesheets().add(Theme.stylesheet("people/people.css"));
    }

    private Button tab(String text, Section section) {
        Button tab = new Button(text);
        tab.setId("people-tab-" + section.name().toLowerCase(java.util.Locale.ROOT));
        tab.getStyleClass().add("people-tab");
        tab.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tab, Priority.ALWAYS);
        tab.setOnAction(e -> model.show(section));
        tab.pseudoClassStateChanged(CURRENT, model.section() == section);
        model.sectionProperty().addListener((obs, old, now) -> tab.pseudoClassStateChanged(CURRENT, now == section));
        return tab;
    }

    private void showSection(Section section) {
        victims.page().setVisible(section == Section.VICTIMS);
        accused.page().setVisible(section == Section.ACCUSED);
    }

    /** The state of this screen, for tests and the attract loop. */
    public PeopleModel model() {
        return model;
    }

    @Override
    public String id() {
        return ScreenId.PEOPLE.id();
    }

    @Override
    public String title() {
        return ScreenNames.of(ScreenId.PEOPLE);
    }


    @Override
    public Node view() {
        return root;
    }

    @Override
    public void reset() {
        model.reset();
        victims.page().scrollToTop();
        accused.page().scrollToTop();
    }

    /**
     * A victim opens on their card; someone accused but without a card opens the accused view; the named views
     * "victims" and "accused" open those views.
     */
    @Override
    public boolean canOpen(Link link) {
        if (link instanceof Link.ToView view) {
            return view.screen() == ScreenId.PEOPLE && section(view.id()) != null;
        }
        return link instanceof Link.ToPerson && exhibit.person(link.id())
                .filter(person -> person.isVictim() || person.isAccused()).isPresent();
    }

    @Override
    public void open(Link link) {
        if (link instanceof Link.ToView view) {
            model.show(section(view.id()));
            return;
        }
        Person person = exhibit.person(link.id()).orElseThrow();
        if (person.isVictim()) {
            model.open(person);
        } else {
            model.show(Section.ACCUSED);
        }
    }

    /** The section a view name stands for, or null. */
    private static Section section(String viewName) {
        return switch (viewName) {
            case "victims" -> Section.VICTIMS;
            case "accused" -> Section.ACCUSED;
            default -> null;
        };
    }

    @Override
    public List<ScreenState> screenshotStates() {
        return List.of(
                new ScreenState("card-open", () -> model.open(model.victims().get(0))),
                new ScreenState("accused", () -> model.show(Section.ACCUSED)));
    }
}
