package org.zhanaozen.kiosk.content;

import java.util.Optional;

/** The closing call. {@code url} is optional: without it no QR code is shown. */
public record Closing(String call, String findOutMore, String url) {
    public Optional<String> link() {
        return Optional.ofNullable(url).filter(u -> !u.isBlank());
    }
}
