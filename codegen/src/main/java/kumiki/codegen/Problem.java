package kumiki.codegen;

/**
 * A problem found in a project, in words for the child or teacher.
 *
 * @param kind    a stable id: {@code type-clash}, {@code not-running}, {@code empty-program}, {@code unknown-block}
 * @param blockId the block it concerns, or empty
 * @param message already in the project's language
 */
public record Problem(String kind, String blockId, String message) {
}
