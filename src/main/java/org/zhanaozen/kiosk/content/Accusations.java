package org.zhanaozen.kiosk.content;

import java.util.List;

public record Accusations(String heading, List<AccusationPair> pairs) {
    public Accusations {
        pairs = List.copyOf(pairs);
    }
}
