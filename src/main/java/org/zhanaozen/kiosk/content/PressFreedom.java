package org.zhanaozen.kiosk.content;

import java.util.List;

public record PressFreedom(List<PressFreedomRank> ranks, String text) {
    public PressFreedom {
        ranks = List.copyOf(ranks);
    }
}
