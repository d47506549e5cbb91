package org.zhanaozen.kiosk.map;

import com.gluonhq.impl.maps.BaseMap;
import java.lang.reflect.Field;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works around Gluon Maps 2.0.0-ea+6 where its API leaves no way.
 *
 * <p>BaseMap's scene listener adds a new listener to the map view's layout bounds every time the map is attached
 * to a scene. The kiosk attaches the one map again on every visit to the map screen, so over weeks these would pile
 * up. After the first attachment (which needs it) the scene listener is removed; what it did on later attachments
 * (placing a map that was moved while detached) {@link PlaceLayer} does itself.
 */
final class GluonMapsQuirks {

    private static final Logger LOG = LoggerFactory.getLogger(GluonMapsQuirks.class);

    private GluonMapsQuirks() {
    }

    @SuppressWarnings("unchecked")
    static void stopListenerPileUp(BaseMap baseMap) {
        try {
            Field field = BaseMap.class.getDeclaredField("sceneListener");
            field.setAccessible(true);
            ChangeListener<Scene> listener = (ChangeListener<Scene>) field.get(baseMap);
            if (listener != null) {
                baseMap.sceneProperty().removeListener(listener);
                field.set(baseMap, null);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Gluon Maps has changed: its per-visit scene listener stays ({})", e.toString());
        }
    }
}
