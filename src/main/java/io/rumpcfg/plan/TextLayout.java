package io.rumpcfg.plan;

/**
 * How {@link PlanFormat#TEXT} lays a plan out; the other formats have no width and always say
 * why.
 *
 * @param width the column a line ends at; a line wraps between words, and between the items of
 *              an {@code after} list, never inside one, so a word longer than the width still
 *              overruns it
 * @param why   whether each step's waits are listed with their reasons, one line per reason,
 *              rather than as the numbers alone
 */
public record TextLayout(int width, boolean why) {
    /** 80 columns, the numbers of the steps waited for without their reasons. */
    public static final TextLayout DEFAULT = new TextLayout(80, false);

    /**
     * Makes a layout.
     *
     * @throws IllegalArgumentException if {@code width} is not positive
     */
    public TextLayout {
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
    }

    /** This layout at {@code width} columns. */
    public TextLayout withWidth(int width) {
        return new TextLayout(width, why);
    }

    /** This layout, saying why each step waits when {@code why}. */
    public TextLayout withWhy(boolean why) {
        return new TextLayout(width, why);
    }
}
