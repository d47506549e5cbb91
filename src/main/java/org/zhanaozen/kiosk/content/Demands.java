package org.zhanaozen.kiosk.content;

import java.util.List;

/** The twelve demands in the source's two lists, and why the split falls where it does. */
public record Demands(String splitNote, List<DemandList> lists) {
    public Demands {
        lists = List.copyOf(lists);
    }
}
