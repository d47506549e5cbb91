package org.zhanaozen.kiosk.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exhibit's framing texts: everything in {@code exhibit.json}. Only the title is required: the texts a content
 * leaves out are null ({@code nameMeaning}, {@code pressFreedom}, {@code victimsIntro}, {@code victimsClosing},
 * {@code closing}) or empty, and the screens that would show them are left out.
 *
 * @param sectionSummaries a few words on each screen, by {@link ScreenId} name, for the welcome screen's ways in
 */
public record ExhibitInfo(
        String title,
        String nameMeaning,
        List<String> introduction,
        List<KeyFigure> keyFigures,
        PressFreedom pressFreedom,
        List<ContextNote> contextNotes,
        String victimsIntro,
        String victimsClosing,
        Closing closing,
        Map<String, String> sectionSummaries,
        List<Correction> corrections) {

    public ExhibitInfo {
        introduction = List.copyOf(introduction);
        keyFigures = List.copyOf(keyFigures);
        contextNotes = List.copyOf(contextNotes);
        sectionSummaries = Map.copyOf(sectionSummaries);
        corrections = List.copyOf(corrections);
    }

    /** The few words the content gives on a screen, if any. */
    public Optional<String> sectionSummary(String screenId) {
        return Optional.ofNullable(sectionSummaries.get(screenId));
    }
}
