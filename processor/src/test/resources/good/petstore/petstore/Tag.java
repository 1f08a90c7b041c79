package petstore;

import jakarta.validation.constraints.NotEmpty;

/**
 * A label on a pet.
 *
 * @param id the tag's number
 * @param name the label text
 */
public record Tag(long id, @NotEmpty String name) {}
