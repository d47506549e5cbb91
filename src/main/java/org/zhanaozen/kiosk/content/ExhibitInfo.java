package org.zhanaozen.kiosk.content;

import java.util.List;

/**
 * The exhibit's framing texts: everything in {@code exhibit.json}. Only the title is required: the texts a content
 * leaves out are null ({@code nameMeaning}, {@code pressFreedom}, {@code victimsIntro}, {@code victimsClosing},
 * {@code closing}) or empty lists, and the screens that would show them are left out.
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
        List<Correction> corrections) {

    public ExhibitInfo {
        introduction = List.copyOf(introduction);
        keyFigures = List.copyOf(keyFigures);
        contextNotes = List.copyOf(contextNotes);
        corrections = List.copyOf(corrections);
    }
}
