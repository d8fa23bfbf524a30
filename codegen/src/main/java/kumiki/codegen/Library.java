package kumiki.codegen;

/** An Arduino library from the library index, with the version Kumiki was tested against. */
public record Library(String name, String version) {
}
