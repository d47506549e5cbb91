package org.zhanaozen.kiosk.timeline;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Hidden nodes of one layer kept for reuse as the visitor scrolls and zooms. A hidden node keeps what it showed, so an
 * item coming back on screen gets the node that showed it last, with nothing to change; failing that the node hidden
 * longest, which its owner rebinds.
 */
final class NodePool<T extends Node> {

    private final Pane layer;
    private final Supplier<T> create;
    /** Free nodes by the key of the item they showed last, oldest first. */
    private final Map<Object, T> free = new LinkedHashMap<>();

    NodePool(Pane layer, Supplier<T> create) {
        this.layer = layer;
        this.create = create;
    }

    /** A node to show the item {@code key}: the one that showed it last, else the one hidden longest, else new. */
    T take(Object key) {
        T node = free.remove(key);
        if (node == null) {
            node = removeOldest();
        }
        if (node == null) {
            node = create.get();
            layer.getChildren().add(node);
        }
        node.setVisible(true);
        return node;
    }

    private T removeOldest() {
        Iterator<T> oldest = free.values().iterator();
        if (!oldest.hasNext()) {
            return null;
        }
        T node = oldest.next();
        oldest.remove();
        return node;
    }

    /** Hides a node whose item {@code key} left the screen, and keeps it. */
    void give(Object key, T node) {
        node.setVisible(false);
        free.put(key, node);
    }

    /** After a jump to a busier view (or a larger screen) keeps no more free nodes than {@code keep}, newest. */
    void trim(int keep) {
        while (free.size() > keep) {
            layer.getChildren().remove(removeOldest());
        }
    }
}
