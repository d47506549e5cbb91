package org.zhanaozen.kiosk.content;

import java.util.List;

public record DemandList(String id, String title, List<Demand> demands) {
    public DemandList {
        demands = List.copyOf(demands);
    }
}
