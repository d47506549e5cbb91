package org.zhanaozen.kiosk.content;

/** One of the source's five phases of the story, in story order ({@code index} 0 = the strike). */
public record Phase(String id, String name, int index) {
}
