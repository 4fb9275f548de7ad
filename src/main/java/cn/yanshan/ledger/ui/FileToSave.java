package cn.yanshan.ledger.ui;

/**
 * What a save dialog asks for: its title, the file name it suggests, and the one type of file it saves
 * ({@code typeLabel} as the filter shows it, {@code extension} without the dot).
 */
public record FileToSave(String title, String suggestedName, String typeLabel, String extension) {
}
