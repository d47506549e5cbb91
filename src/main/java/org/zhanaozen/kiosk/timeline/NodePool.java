package org.zhanaozen.kiosk.timeline;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Hidden nodes of one layer kept for reuse as the visitor scrolls and zooms. Restyling a node is the dearest part of
 * reusing it: changing its id or style classes makes JavaFX match every CSS selector of its subtree again. So a
 * hidden node keeps its id and content, and an item coming back on screen gets the node that showed it last, with
 * nothing to change; failing that a node of the same look (style), so only its texts and id change.
 * Each item has one id, and a hidden node keeps it only until another item takes the node, so ids stay unique.
 */
final class NodePool<T extends Node> {

    private final Pane layer;
    private final Supplier<T> create;
    private final Function<T, Object> lookOf;
    /** Free nodes by the key of the item they showed last, oldest first. */
    private final Map<Object, T> free = new LinkedHashMap<>();

    NodePool(Pane layer, Supplier<T> create, Function<T, Object> lookOf) {
        this.layer = layer;
        this.create = create;
        this.lookOf = lookOf;
    }

    /** A node to show the item {@code key}: the one that showed it last, else one of this look, else any, else new. */
    T take(Object key, Object look) {
        T node = free.remove(key);
        if (node == null) {
            node = removeFirst(n -> Objects.equals(lookOf.apply(n), look));
        }
        if (node == null) {
            node = removeFirst(n -> true);
        }
        if (node == null) {
            node = create.get();
            layer.getChildren().add(node);
        }
        node.setVisible(true);
        return node;
    }

    private T removeFirst(java.util.function.Predicate<T> wanted) {
        for (Iterator<T> i = free.values().iterator(); i.hasNext(); ) {
            T node = i.next();
            if (wanted.test(node)) {
                i.remove();
                return node;
            }
        }
        return null;
    }

    /** Hides a node whose item {@code key} left the screen, and keeps it. */
    void give(Object key, T node) {
        node.setVisible(false);
        free.put(key, node);
    }

    /** After a jump to a busier view (or a larger screen) keeps no more free nodes than {@code keep}, newest. */
    void trim(int keep) {
        while (free.size() > keep) {
            layer.getChildren().remove(removeFirst(n -> true));
        }
    }
}
