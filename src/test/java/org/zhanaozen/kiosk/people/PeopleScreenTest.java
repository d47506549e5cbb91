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
import org.zhanaozen.kiosk.BundledContent;
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

@UiTest
class PeopleScreenTest {

    private static final String KOZLOV = "vladimir-kozlov";
    private static final String ATABAYEV = "bolat-atabayev";

    private final Exhibit exhibit = BundledContent.bundled();
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
    void showsTheSevenVictimsInTheSourcesOrderWithNamesAndRoles(FxRobot robot) {
        show(robot);
        List<Node> cards = robot.lookup("#victim-cards").queryAs(GridPane.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("person-card")).toList();
        assertThat(cards).extracting(n -> ((Label) n.lookup(".person-name")).getText()).containsExactly(
                "Vladimir Kozlov", "Bolat Atabayev", "Zhanbolat Mamay", "Akzhanat Aminov", "Serik Sapargali",
                "Roza Tuletayeva", "Natalia Sokolova");
        List<Person> victims = exhibit.victims();
        for (int i = 0; i < victims.size(); i++) {
            Node card = cards.get(i);
            assertThat(card.getId()).isEqualTo("person-card-" + victims.get(i).id());
            assertThat(((Label) card.lookup(".person-role")).getText()).isEqualTo(victims.get(i).role());
            assertThat(((Label) card.lookup(".person-outcome")).getText()).isEqualTo(victims.get(i).outcome());
        }
        assertThat(text(robot, "#victims-intro")).isEqualTo(exhibit.info().victimsIntro());
        assertThat(text(robot, "#victims-closing")).isEqualTo(exhibit.info().victimsClosing())
                .startsWith("Members of the opposition are being labelled");
    }

    @Test
    void tappingACardOpensThatPersonsWholeStory(FxRobot robot) {
        show(robot);
        assertThat(cardOpen(robot)).isFalse();
        robot.clickOn("#person-card-zhanbolat-mamay");
        assertThat(cardOpen(robot)).isTrue();
        assertThat(text(robot, "#person-detail-name")).isEqualTo("Zhanbolat Mamay");
        // The source's story opens with the role, which the card shows just above it.
        assertThat(text(robot, "#person-story")).isEqualTo(person("zhanbolat-mamay").story()
                .substring(person("zhanbolat-mamay").role().length()).strip());
        assertThat(people.model().selected().id()).isEqualTo("zhanbolat-mamay");
    }

    @Test
    void eventLinksTakeTheVisitorToThatEventOnTheTimeline(FxRobot robot) {
        show(robot);
        robot.clickOn("#person-card-" + KOZLOV);
        List<Event> events = exhibit.eventsAbout(KOZLOV);
        assertThat(events).hasSize(3);
        events.forEach(e -> assertThat(robot.lookup("#event-link-" + e.id()).queryAs(Node.class)).isInstanceOf(Button.class));
        robot.clickOn("#event-link-" + events.get(1).id());
        assertThat(timeline.opened).containsExactly(events.get(1).id());
        assertThat(navigator.current()).isSameAs(timeline);
    }

    @Test
    void withoutATimelineEventsAreTextNotLinks(FxRobot robot) {
        show(robot, exhibit, false, 1920, 1080);
        robot.clickOn("#person-card-" + KOZLOV);
        for (Event event : exhibit.eventsAbout(KOZLOV)) {
            Node entry = robot.lookup("#event-link-" + event.id()).query();
            assertThat(entry).isNotInstanceOf(Button.class);
            assertThat(((Label) entry).getText()).contains(event.title());
        }
        // on the fixture, a victim's event names a place: there is no map to link it to
        Path folder = temp.resolve("fixture");
        TestContent.writeTo(folder);
        Exhibit fixture = ContentLoader.load(folder).valid().orElseThrow();
        Person named = fixture.victims().stream().filter(p -> !fixture.placesOf(p.id()).isEmpty()).findFirst()
                .orElseThrow();
        show(robot, fixture, false, 1920, 1080);
        robot.interact(() -> people.model().open(named));
        String place = fixture.placesOf(named.id()).get(0).id();
        assertThat(robot.lookup("#place-link-" + place).queryAs(Node.class)).isNotInstanceOf(Button.class);
    }

    @Test
    void nextAndPreviousButtonsGoThroughAllSevenAndWrapAround(FxRobot robot) {
        show(robot);
        robot.clickOn("#person-card-" + KOZLOV);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seen.add(people.model().selected().id());
            robot.clickOn("#person-next");
        }
        assertThat(seen).containsExactlyElementsOf(exhibit.victims().stream().map(Person::id).toList());
        assertThat(people.model().selected().id()).isEqualTo(KOZLOV);
        assertThat(text(robot, "#person-position")).isEqualTo("1 / 7");
        robot.clickOn("#person-previous");
        assertThat(people.model().selected().id()).isEqualTo("natalia-sokolova");
        assertThat(text(robot, "#person-detail-name")).isEqualTo("Natalia Sokolova");
        assertThat(text(robot, "#person-position")).isEqualTo("7 / 7");
    }

    @Test
    void arrowKeysAndAClickersPageKeysMoveBetweenPeople(FxRobot robot) {
        show(robot);
        robot.clickOn("#person-card-" + KOZLOV);
        robot.type(KeyCode.RIGHT);
        assertThat(people.model().selected().id()).isEqualTo(ATABAYEV);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(people.model().selected().id()).isEqualTo("zhanbolat-mamay");
        robot.type(KeyCode.LEFT, 3);
        assertThat(people.model().selected().id()).isEqualTo("natalia-sokolova");
        robot.type(KeyCode.ESCAPE);
        assertThat(cardOpen(robot)).isFalse();
    }

    @Test
    void aSidewaysDragMovesToTheNextOrPreviousPerson(FxRobot robot) {
        show(robot);
        robot.clickOn("#person-card-" + KOZLOV);
        robot.drag("#person-story", MouseButton.PRIMARY).moveBy(-300, 0).drop();
        assertThat(people.model().selected().id()).isEqualTo(ATABAYEV);
        robot.drag("#person-story", MouseButton.PRIMARY).moveBy(300, 0).drop();
        assertThat(people.model().selected().id()).isEqualTo(KOZLOV);
        // A short or mostly vertical movement is not a swipe.
        robot.drag("#person-story", MouseButton.PRIMARY).moveBy(-30, 0).drop();
        robot.drag("#person-story", MouseButton.PRIMARY).moveBy(-150, 200).drop();
        assertThat(people.model().selected().id()).isEqualTo(KOZLOV);
        assertThat(cardOpen(robot)).isTrue();
    }

    @Test
    void closeReturnsToTheGridWhereItWas(FxRobot robot) {
        show(robot, exhibit, true, 1080, 1920);
        javafx.scene.control.ScrollPane grid = robot.lookup("#victims-view").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> grid.setVvalue(0.5));
        robot.interact(() -> people.model().open(person("natalia-sokolova")));
        robot.clickOn("#person-close");
        assertThat(cardOpen(robot)).isFalse();
        assertThat(people.model().selected()).isNull();
        assertThat(grid.isVisible()).isTrue();
        // Not back at the top: the grid is scrolled so the card just closed is in view, and it has the focus.
        assertThat(grid.getVvalue()).isGreaterThanOrEqualTo(0.5);
        Node card = robot.lookup("#person-card-natalia-sokolova").queryAs(Node.class);
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
        ImageIO.write(photo, "png", folder.resolve("images/atabayev.png").toFile());
        // A file that starts like a PNG passes the loader's check but does not decode.
        Files.write(folder.resolve("images/broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        BundledContent.copyWith(folder, "people.json", json -> withPortrait(
                withPortrait(json, ATABAYEV, "images/atabayev.png", "Photo: test credit"),
                "zhanbolat-mamay", "images/broken.png", null));
        Exhibit content = ContentLoader.load(folder).valid().orElseThrow();
        show(robot, content, true, 1920, 1080);

        Node withPhoto = robot.lookup("#person-card-" + ATABAYEV + " .portrait").query();
        ImageView image = (ImageView) withPhoto.lookup(".portrait-photo");
        assertThat(image.getImage()).isNotNull();
        assertThat(image.isVisible()).isTrue();
        assertThat(withPhoto.lookup(".portrait-initials").isVisible()).isFalse();
        // Decoded at the size shown, not at the file's 800x1000.
        Bounds shown = withPhoto.getLayoutBounds();
        assertThat(image.getImage().getHeight()).isLessThanOrEqualTo(Math.ceil(shown.getHeight()));
        assertThat(image.getImage().getWidth()).isLessThanOrEqualTo(Math.ceil(shown.getWidth()));
        assertThat(text(robot, "#person-card-" + ATABAYEV + " .portrait-credit")).isEqualTo("Photo: test credit");

        for (String id : List.of(KOZLOV, "zhanbolat-mamay")) {
            Label initials = robot.lookup("#person-card-" + id + " .portrait-initials").queryAs(Label.class);
            assertThat(initials.isVisible()).as(id).isTrue();
            assertThat(initials.getText()).isEqualTo(content.person(id).orElseThrow().initials());
            assertThat(robot.lookup("#person-card-" + id + " .portrait-photo").query().isVisible()).isFalse();
        }

        robot.clickOn("#person-card-" + ATABAYEV);
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
    void theAccusedViewShowsTheThreeAndBothSidesOfAllSixPairsWithoutInteraction(FxRobot robot) {
        show(robot);
        robot.clickOn("#people-tab-accused");
        assertThat(robot.lookup("#accused-view").query().isVisible()).isTrue();
        assertThat(robot.lookup("#victims-view").query().isVisible()).isFalse();
        assertThat(text(robot, "#accusations-heading")).isEqualTo("Organised criminal group");
        assertThat(exhibit.accused()).extracting(Person::name)
                .containsExactly("Vladimir Kozlov", "Muratbek Ketebayev", "Mukhtar Ablyazov");
        for (Person accused : exhibit.accused()) {
            Node name = robot.lookup("#accused-" + accused.id()).query();
            assertThat(name instanceof Button ? ((Button) name).getText() : ((Label) name).getText())
                    .isEqualTo(accused.name());
        }
        List<AccusationPair> pairs = exhibit.accusations().pairs();
        assertThat(pairs).hasSize(6);
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
        // Kozlov is also a victim: his name opens his card.
        robot.clickOn("#accused-" + KOZLOV);
        assertThat(people.model().selected().id()).isEqualTo(KOZLOV);
        assertThat(robot.lookup("#victims-view").query().isVisible()).isTrue();
    }

    @Test
    void linksToPeopleOpenACardOnlyForVictimsAndTheAccusedViewForOtherAccused(FxRobot robot) {
        show(robot);
        assertThat(navigator.canFollow(new Link.ToPerson(ATABAYEV))).isTrue();
        robot.interact(() -> navigator.follow(new Link.ToPerson(ATABAYEV)));
        assertThat(people.model().selected().id()).isEqualTo(ATABAYEV);
        assertThat(cardOpen(robot)).isTrue();

        assertThat(people.canOpen(new Link.ToPerson("mukhtar-ablyazov"))).isTrue();
        robot.interact(() -> people.open(new Link.ToPerson("mukhtar-ablyazov")));
        assertThat(people.model().selected()).isNull();
        assertThat(people.model().section()).isEqualTo(Section.ACCUSED);
        assertThat(robot.lookup("#accused-view").query().isVisible()).isTrue();

        assertThat(people.canOpen(new Link.ToPerson("alexandr-pavlov"))).isFalse();
        assertThat(people.canOpen(new Link.ToPerson("nursultan-nazarbayev"))).isFalse();
        assertThat(people.canOpen(new Link.ToEvent("2012-01-23-kozlov-arrested"))).isFalse();
        assertThat(people.canOpen(new Link.ToView(ScreenId.PEOPLE, "accused"))).isTrue();
        assertThat(people.canOpen(new Link.ToView(ScreenId.MAP, "accused"))).isFalse();
        assertThat(people.canOpen(new Link.ToView(ScreenId.PEOPLE, "nobody"))).isFalse();
    }

    @Test
    void resetClosesTheCardAndReturnsToTheVictims(FxRobot robot) {
        show(robot);
        robot.clickOn("#person-card-" + KOZLOV);
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
