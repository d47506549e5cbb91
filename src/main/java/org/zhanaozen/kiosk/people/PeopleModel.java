package org.zhanaozen.kiosk.people;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.zhanaozen.kiosk.content.Person;

/**
 * What the people screen shows: the victims or the accused, and whose card is open (none while the grid shows).
 * Moving past the last victim wraps to the first, so the previous and next buttons never lead to a dead end.
 */
public final class PeopleModel {

    /** The two views of the screen. */
    public enum Section { VICTIMS, ACCUSED }

    private final List<Person> victims;
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(this, "section", Section.VICTIMS);
    private final ReadOnlyObjectWrapper<Person> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public PeopleModel(List<Person> victims) {
        this.victims = List.copyOf(victims);
    }

    public List<Person> victims() {
        return victims;
    }

    public ReadOnlyObjectProperty<Section> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public Section section() {
        return section.get();
    }

    /** The victim whose card is open, or null while the grid shows. */
    public ReadOnlyObjectProperty<Person> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Person selected() {
        return selected.get();
    }

    /** Switches views; an open card closes, so coming back finds the grid. */
    public void show(Section wanted) {
        selected.set(null);
        section.set(wanted);
    }

    /** Opens a victim's card, on the victims view. */
    public void open(Person victim) {
        if (!victims.contains(victim)) {
            throw new IllegalArgumentException("Not a victim with a card: " + victim.id());
        }
        section.set(Section.VICTIMS);
        selected.set(victim);
    }

    public void close() {
        selected.set(null);
    }

    /** The open card's place among the victims, from 0; -1 when no card is open. */
    public int position() {
        return victims.indexOf(selected.get());
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int by) {
        int at = position();
        if (at >= 0) {
            selected.set(victims.get(Math.floorMod(at + by, victims.size())));
        }
    }

    /** The opening state: the victims' grid, no card open. */
    public void reset() {
        show(Section.VICTIMS);
    }
}
