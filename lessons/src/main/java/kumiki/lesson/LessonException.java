package kumiki.lesson;

import kumiki.project.KeyedException;
import kumiki.project.MessageBundle;

/** A lesson that cannot be opened at all, with the reason as a bundle key (both languages). */
public final class LessonException extends KeyedException {
    /** The words of lessons ({@code kumiki/lesson/messages*.properties}). */
    public static final MessageBundle WORDS = new MessageBundle("kumiki.lesson.messages");

    public LessonException(String key, Object... args) {
        super(WORDS, key, args);
    }
}
