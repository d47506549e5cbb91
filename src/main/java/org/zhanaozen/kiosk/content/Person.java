package org.zhanaozen.kiosk.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Someone the story names. Victims get a card; the accused are named on the "accused of / reality" view.
 * {@code portrait} is an absolute, validated path inside the content folder, or null.
 */
public record Person(
        String id,
        String name,
        String shortName,
        Set<Group> groups,
        String role,
        String story,
        String outcome,
        Path portrait,
        String portraitCredit,
        List<Correction> corrections) {

    public enum Group { VICTIM, ACCUSED }

    public Person {
        groups = Set.copyOf(groups);
        corrections = List.copyOf(corrections);
    }

    public boolean isVictim() {
        return groups.contains(Group.VICTIM);
    }

    public boolean isAccused() {
        return groups.contains(Group.ACCUSED);
    }

    public Optional<Path> portraitFile() {
        return Optional.ofNullable(portrait);
    }

    /**
     * The story without its opening words where they are the role (the source's paragraphs begin with it), for a view
     * that shows the role just above the story and so says it once.
     */
    public String storyAfterRole() {
        boolean opensWithRole = story != null && role != null && !role.isBlank() && story.startsWith(role)
                && (story.length() == role.length() || Character.isWhitespace(story.charAt(role.length())));
        return opensWithRole ? story.substring(role.length()).strip() : story;
    }

    /** Initials for the placeholder portrait: "Vladimir Kozlov" gives "VK". */
    public String initials() {
        StringBuilder initials = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty() && initials.length() < 3) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
