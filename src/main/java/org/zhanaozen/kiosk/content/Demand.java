package org.zhanaozen.kiosk.content;

public record Demand(int number, String text) {
}
