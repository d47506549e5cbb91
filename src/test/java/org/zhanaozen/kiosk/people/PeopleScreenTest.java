package org.zhanaozen.kiosk.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zhanaozen.kiosk.TestStages;
import org.zhanaozen.kiosk.UiTest;
import org.zhanaozen.kiosk.content.AccusationPair;
import org.zhanaozen.kiosk.content.ContentLoader;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Exhibit;
import org.zhanaozen.kiosk.content.Person;
import org.zhanaozen.kiosk.content.ScreenId;
import org.zhanaozen.kiosk.content.TestContent;
import org.zhanaozen.kiosk.frame.KioskFrame;
import org.zhanaozen.kiosk.frame.Link;
import org.zhanaozen.kiosk.frame.Navigator;
import org.zhanaozen.kiosk.frame.Screen;
import org.zhanaozen.kiosk.people.PeopleModel.Section;
import org.zhanaozen.kiosk.ui.ImageLoader;
import org.zhanaozen.kiosk.ui.Theme;

/**
 * The people screen on the fixture with more people ({@link #PEOPLE}): four victims, one of them also accused, one
 * accused who is not a victim, and one person in no group.
 */
@UiTest
class PeopleScreenTest {

    private static final String PEOPLE = """
            {
              "people": [
                { "id": "ivan-sorel", "name": "Ivan Sorel", "shortName": "Sorel", "groups": ["victim", "accused"],
                  "role": "Harbour union leader.", "story": "Harbour union leader. Ran the strike kitchens.",
                  "outcome": "Sentenced to 6 years.", "portrait": null, "portraitCredit": null },
                { "id": "mira-dobre", "name": "Mira Dobre", "shortName": "Dobre", "groups": ["victim"],
                  "role": "Strike leader.", "story": "Strike leader. Spoke to the reporters from abroad.",
                  "outcome": "Sentenced to 3 years.", "portrait": null, "portraitCredit": null },
                { "id": "lena-marsh", "name": "Lena Marsh", "shortName": "Marsh", "groups": ["victim"],
                  "role": "Reporter.", "story": "Reporter. Wrote about the strike.", "outcome": "Fined.",
                  "portrait": null, "portraitCredit": null },
                { "id": "oskar-brand", "name": "Oskar Brand", "shortName": "Brand", "groups": ["victim"],
                  "role": "Welder.", "story": "Welder. Joined the strike on its first day.", "outcome": "Released." },
                { "id": "viktor-holm", "name": "Viktor Holm", "shortName": "Holm", "groups": ["accused"] },
                { "id": "anton-vell", "name": "Anton Vell", "shortName": "Vell", "groups": [] }
              ],
              "accusations": {
                "heading": "Disturbing the order",
                "pairs": [
                  { "accusedOf": "stirring up discord", "reality": "asked for fair pay" },
                  { "accusedOf": "calling for unrest", "reality": "cooked for the strikers" }
                ]
              }
            }
            """;
    /** A victim who is also accused, and whose events are on the timeline. */
    private static final String SOREL = "ivan-sorel";
    private static final String DOBRE = "mira-dobre";
    private static final String MARSH = "lena-marsh";
    private static final String BRAND = "oskar-brand";

    private final Exhibit exhibit = TestContent.exhibit(content -> content.withPeople(PEOPLE));
    private Stage stage;
    private Navigator navigator;
    private PeopleScreen people;
    private FakeTimeline timeline;

    /** Stands in for the timeline: it can open any event and remembers which. */
    private static final class FakeTimeline implements Screen {
        final List<String> opened = new ArrayList<>();
        private final Pane view = new Pane();

        @Override public String id() { return "timeline"; }
        @Override public String title() { return "Timeline"; }
        @Override public Node view() { return view; }
        @Override public void reset() { }
        @Override public boolean canOpen(Link link) { return link instanceof Link.ToEvent; }
        @Override public void open(Link link) { opened.add(link.id()); }
    }

    @Start
    void start(Stage stage) {
        Theme.loadFonts();
        this.stage = stage;
        stage.show();
        // keys go to the focused window: a stage an earlier test class showed in this JVM may still hold it
        stage.toFront();
        stage.requestFocus();
    }

    /** Shows the people screen on this content, with (or without) a timeline to follow event links to. */
    @TempDir
    Path temp;

    private void show(FxRobot robot, Exhibit content, boolean withTimeline, int width, int height) {
        robot.interact(() -> {
            navigator = new Navigator();
            people = new PeopleScreen(content, navigator, new ImageLoader(Runnable::run));
            navigator.register(people);
            if (withTimeline) {
                timeline = new FakeTimeline();
                navigator.register(timeline);
            }
            Scene scene = new Scene(new KioskFrame(navigator).root(), width, height);
            Theme.apply(scene);
            TestStages.show(stage, scene);
            // A stage first shown without a scene has no position; the robot needs one to aim.
            stage.setX(0);
            stage.setY(0);
            navigator.go(people);
        });
    }

    private void show(FxRobot robot) {
        show(robot, exhibit, true, 1920, 1080);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private Person person(String id) {
        return exhibit.person(id).orElseThrow();
    }

    private static boolean cardOpen(FxRobot robot) {
        return robot.lookup("#person-detail-overlay").query().isVisible();
    }

    @Test
    void showsTheVictimsInTheContentsOrderWithNamesAndRoles(FxRobot robot) {
        show(robot);
        List<Node> cards = robot.lookup("#victim-cards").queryAs(GridPane.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("person-card")).toList();
        assertThat(cards).extracting(n -> ((Label) n.lookup(".person-name")).getText()).containsExactly(
                "Ivan Sorel", "Mira Dobre", "Lena Marsh", "Oskar Brand");
        List<Person> victims = exhibit.victims();
        for (int i = 0; i < victims.size(); i++) {
            Node card = cards.get(i);
            assertThat(card.getId()).isEqualTo("person-card-" + victims.get(i).id());
            assertThat(((Label) card.lookup(".person-role")).getText()).isEqualTo(victims.get(i).role());
            assertThat(((Label) card.lookup(".person-outcome")).getText()).isEqualTo(victims.get(i).outcome());
        }
        assertThat(text(robot, "#victims-intro")).isEqualTo(exhibit.info().victimsIntro());
        assertThat(text(robot, "#victims-closing")).isEqualTo(exhibit.info().victimsClosing());
    }

    @Test
    void tappingACardOpensThatPersonsWholeStory(FxRobot robot) {
        show(robot);
        assertThat(cardOpen(robot)).isFalse();
        robot.clickOn("#person-card-" + MARSH);
        assertThat(cardOpen(robot)).isTrue();
        assertThat(text(robot, "#person-detail-name")).isEqualTo("Lena Marsh");
        // The story opens with the role, which the card shows just above it.
        assertThat(text(robot, "#person-story")).isEqualTo("Wrote about the strike.");
        assertThat(people.model().selected().id()).isEqualTo(MARSH);
    }

    @Test
    void eventLinksTakeTheVisitorToThatEventOnTheTimeline(FxRobot robot) {
        show(robot);
        robot.clickOn("#person-card-" + SOREL);
        List<Event> events = exhibit.eventsAbout(SOREL);
        assertThat(events).hasSizeGreaterThan(1);
        events.forEach(e -> assertThat(robot.lookup("#event-link-" + e.id()).queryAs(Node.class)).isInstanceOf(Button.class));
        robot.clickOn("#event-link-" + events.get(1).id());
        assertThat(timeline.opened).containsExactly(events.get(1).id());
        assertThat(navigator.current()).isSameAs(timeline);
    }

    @Test
    void withoutATimelineEventsAreTextNotLinks(FxRobot robot) {
        show(robot, exhibit, false, 1920, 1080);
        robot.clickOn("#person-card-" + SOREL);
        for (Event event : exhibit.eventsAbout(SOREL)) {
            Node entry = robot.lookup("#event-link-" + event.id()).query();
            assertThat(entry).isNotInstanceOf(Button.class);
            assertThat(((Label) entry).getText()).contains(event.title());
        }
        // a victim's event names a place: there is no map to link it to
        Person named = exhibit.victims().stream().filter(p -> !exhibit.placesOf(p.id()).isEmpty()).findFirst()
                .orElseThrow();
        robot.interact(() -> people.model().open(named));
        String place = exhibit.placesOf(named.id()).get(0).id();
        assertThat(robot.lookup("#place-link-" + place).queryAs(Node.class)).isNotInstanceOf(Button.class);
    }

    @Test
    void nextAndPreviousButtonsGoThroughEveryVictimAndWrapAround(FxRobot robot) {
        show(robot);
        robot.clickOn("#person-card-" + SOREL);
        List<String> seen = new ArrayList<>();
        int victims = exhibit.victims().size();
        for (int i = 0; i < victims; i++) {
            seen.add(people.model().selected().id());
            robot.clickOn("#person-next");
        }
        assertThat(seen).containsExactlyElementsOf(exhibit.victims().stream().map(Person::id).toList());
        assertThat(people.model().selected().id()).isEqualTo(SOREL);
        assertThat(text(robot, "#person-position")).isEqualTo("1 / " + victims);
        robot.clickOn("#person-previous");
        assertThat(people.model().selected().id()).isEqualTo(BRAND);
        assertThat(text(robot, "#person-detail-name")).isEqualTo("Oskar Brand");
        assertThat(text(robot, "#person-position")).isEqualTo(victims + " / " + victims);
    }

    @Test
    void arrowKeysAndAClickersPageKeysMoveBetweenPeople(FxRobot robot) {
        show(robot);
        robot.clickOn("#person-card-" + SOREL);
        robot.type(KeyCode.RIGHT);
        assertThat(people.model().selected().id()).isEqualTo(DOBRE);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(people.model().selected().id()).isEqualTo(MARSH);
        robot.type(KeyCode.LEFT, 3);
        assertThat(people.model().selected().id()).isEqualTo(BRAND);
        robot.type(KeyCode.ESCAPE);
        assertThat(cardOpen(robot)).isFalse();
    }

    @Test
    void aSidewaysDragMovesToTheNextOrPreviousPerson(FxRobot robot) {
        show(robot);
        robot.clickOn("#person-card-" + SOREL);
        robot.drag("#person-story", MouseButton.PRIMARY).moveBy(-300, 0).drop();
        assertThat(people.model().selected().id()).isEqualTo(DOBRE);
        robot.drag("#person-story", MouseButton.PRIMARY).moveBy(300, 0).drop();
        assertThat(people.model().selected().id()).isEqualTo(SOREL);
        // A short or mostly vertical movement is not a swipe.
        robot.drag("#person-story", MouseButton.PRIMARY).moveBy(-30, 0).drop();
        robot.drag("#person-story", MouseButton.PRIMARY).moveBy(-150, 200).drop();
        assertThat(people.model().selected().id()).isEqualTo(SOREL);
        assertThat(cardOpen(robot)).isTrue();
    }

    @Test
    void closeReturnsToTheGridWhereItWas(FxRobot robot) {
        show(robot, exhibit, true, 1080, 1920);
        javafx.scene.control.ScrollPane grid = robot.lookup("#victims-view").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> grid.setVvalue(0.5));
        robot.interact(() -> people.model().open(person(BRAND)));
        robot.clickOn("#person-close");
        assertThat(cardOpen(robot)).isFalse();
        assertThat(people.model().selected()).isNull();
        assertThat(grid.isVisible()).isTrue();
        // Not back at the top: the grid is scrolled so the card just closed is in view, and it has the focus.
        assertThat(grid.getVvalue()).isGreaterThanOrEqualTo(0.5);
        Node card = robot.lookup("#person-card-" + BRAND).queryAs(Node.class);
        assertThat(card.isFocused()).isTrue();
        Bounds viewport = grid.localToScene(grid.getLayoutBounds());
        assertThat(viewport.contains(card.localToScene(card.getLayoutBounds()))).isTrue();
    }

    @Test
    void showsThePortraitWhereThereIsOneAndTheInitialsWhereNot(FxRobot robot, @TempDir Path folder)
            throws IOException {
        Files.createDirectories(folder.resolve("images"));
        BufferedImage photo = new BufferedImage(800, 1000, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = photo.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 800, 1000);
        g.dispose();
        ImageIO.write(photo, "png", folder.resolve("images/dobre.png").toFile());
        // A file that starts like a PNG passes the loader's check but does not decode.
        Files.write(folder.resolve("images/broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        TestContent.writeTo(folder).withPeople(withPortrait(
                withPortrait(PEOPLE, DOBRE, "images/dobre.png", "Photo: test credit"), MARSH, "images/broken.png", null));
        Exhibit content = ContentLoader.load(folder).valid().orElseThrow();
        show(robot, content, true, 1920, 1080);

        Node withPhoto = robot.lookup("#person-card-" + DOBRE + " .portrait").query();
        ImageView image = (ImageView) withPhoto.lookup(".portrait-photo");
        assertThat(image.getImage()).isNotNull();
        assertThat(image.isVisible()).isTrue();
        assertThat(withPhoto.lookup(".portrait-initials").isVisible()).isFalse();
        // Decoded at the size shown, not at the file's 800x1000.
        Bounds shown = withPhoto.getLayoutBounds();
        assertThat(image.getImage().getHeight()).isLessThanOrEqualTo(Math.ceil(shown.getHeight()));
        assertThat(image.getImage().getWidth()).isLessThanOrEqualTo(Math.ceil(shown.getWidth()));
        assertThat(text(robot, "#person-card-" + DOBRE + " .portrait-credit")).isEqualTo("Photo: test credit");

        for (String id : List.of(SOREL, MARSH)) {
            Label initials = robot.lookup("#person-card-" + id + " .portrait-initials").queryAs(Label.class);
            assertThat(initials.isVisible()).as(id).isTrue();
            assertThat(initials.getText()).isEqualTo(content.person(id).orElseThrow().initials());
            assertThat(robot.lookup("#person-card-" + id + " .portrait-photo").query().isVisible()).isFalse();
        }

        robot.clickOn("#person-card-" + DOBRE);
        assertThat(((ImageView) robot.lookup("#person-detail .portrait-photo").query()).getImage()).isNotNull();
        assertThat(text(robot, "#person-portrait-credit")).isEqualTo("Photo: test credit");
    }

    private static String withPortrait(String json, String personId, String portrait, String credit) {
        int at = json.indexOf("\"id\": \"" + personId + "\"");
        int field = json.indexOf("\"portrait\": null", at);
        String replaced = json.substring(0, field) + "\"portrait\": \"" + portrait + "\"" + json.substring(field + 16);
        if (credit == null) {
            return replaced;
        }
        int creditField = replaced.indexOf("\"portraitCredit\": null", at);
        return replaced.substring(0, creditField) + "\"portraitCredit\": \"" + credit + "\""
                + replaced.substring(creditField + 22);
    }

    @Test
    void theAccusedViewShowsTheAccusedAndBothSidesOfEveryPairWithoutInteraction(FxRobot robot) {
        show(robot);
        robot.clickOn("#people-tab-accused");
        assertThat(robot.lookup("#accused-view").query().isVisible()).isTrue();
        assertThat(robot.lookup("#victims-view").query().isVisible()).isFalse();
        assertThat(text(robot, "#accusations-heading")).isEqualTo("Disturbing the order");
        assertThat(exhibit.accused()).extracting(Person::name).containsExactly("Ivan Sorel", "Viktor Holm");
        for (Person accused : exhibit.accused()) {
            Node name = robot.lookup("#accused-" + accused.id()).query();
            assertThat(name instanceof Button ? ((Button) name).getText() : ((Label) name).getText())
                    .isEqualTo(accused.name());
        }
        List<AccusationPair> pairs = exhibit.accusations().pairs();
        assertThat(pairs).hasSize(2);
        double bottom = robot.lookup("#navigation-bar").query().localToScene(0, 0).getY();
        for (int i = 0; i < pairs.size(); i++) {
            String pair = "#accusation-pair-" + (i + 1);
            for (String side : List.of(" .accused-of", " .reality")) {
                Label label = robot.lookup(pair + side).queryAs(Label.class);
                Bounds inScene = label.localToScene(label.getLayoutBounds());
                assertThat(inScene.getMaxY()).as(pair + side + " on screen").isLessThanOrEqualTo(bottom);
                assertThat(inScene.getMinX()).isGreaterThanOrEqualTo(0);
                assertThat(inScene.getMaxX()).isLessThanOrEqualTo(1920);
            }
            assertThat(text(robot, pair + " .accused-of")).isEqualTo(pairs.get(i).accusedOf());
            assertThat(text(robot, pair + " .reality")).isEqualTo(pairs.get(i).reality());
        }
        // Sorel is also a victim: his name opens his card.
        robot.clickOn("#accused-" + SOREL);
        assertThat(people.model().selected().id()).isEqualTo(SOREL);
        assertThat(robot.lookup("#victims-view").query().isVisible()).isTrue();
    }

    @Test
    void linksToPeopleOpenACardOnlyForVictimsAndTheAccusedViewForOtherAccused(FxRobot robot) {
        show(robot);
        assertThat(navigator.canFollow(new Link.ToPerson(DOBRE))).isTrue();
        robot.interact(() -> navigator.follow(new Link.ToPerson(DOBRE)));
        assertThat(people.model().selected().id()).isEqualTo(DOBRE);
        assertThat(cardOpen(robot)).isTrue();

        assertThat(people.canOpen(new Link.ToPerson("viktor-holm"))).isTrue();
        robot.interact(() -> people.open(new Link.ToPerson("viktor-holm")));
        assertThat(people.model().selected()).isNull();
        assertThat(people.model().section()).isEqualTo(Section.ACCUSED);
        assertThat(robot.lookup("#accused-view").query().isVisible()).isTrue();

        assertThat(people.canOpen(new Link.ToPerson("anton-vell"))).as("in no group").isFalse();
        assertThat(people.canOpen(new Link.ToPerson("no-such-person"))).isFalse();
        assertThat(people.canOpen(new Link.ToEvent(exhibit.events().get(0).id()))).isFalse();
        assertThat(people.canOpen(new Link.ToView(ScreenId.PEOPLE, "accused"))).isTrue();
        assertThat(people.canOpen(new Link.ToView(ScreenId.MAP, "accused"))).isFalse();
        assertThat(people.canOpen(new Link.ToView(ScreenId.PEOPLE, "nobody"))).isFalse();
    }

    @Test
    void resetClosesTheCardAndReturnsToTheVictims(FxRobot robot) {
        show(robot);
        robot.clickOn("#person-card-" + SOREL);
        robot.clickOn("#person-next");
        robot.interact(people::reset);
        assertThat(people.model().selected()).isNull();
        assertThat(people.model().section()).isEqualTo(Section.VICTIMS);
        assertThat(cardOpen(robot)).isFalse();

        robot.clickOn("#people-tab-accused");
        robot.interact(people::reset);
        assertThat(robot.lookup("#victims-view").query().isVisible()).isTrue();
        assertThat(robot.lookup("#accused-view").query().isVisible()).isFalse();
    }
}
