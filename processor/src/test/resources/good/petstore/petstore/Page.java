package petstore;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * One page of a longer list.
 *
 * @param <T> the element type
 * @param items the elements on this page
 * @param offset how many elements come before this page
 * @param total how many elements there are in all
 */
public record Page<T>(@NotNull List<T> items, @PositiveOrZero int offset, long total) {}
