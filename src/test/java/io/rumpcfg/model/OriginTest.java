package io.rumpcfg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An origin made by {@link Origin#ofMember} makes its path late; it must be the same origin as one made with it. */
class OriginTest {
    private static final ElementPath ENV = ElementPath.root().key("env");

    @Test
    void aMembersOriginIsTheOriginOfItsPath() {
        Origin late = Origin.ofMember(ENV, "HOME", 3, 5, 40);
        Origin made = new Origin(ENV.key("HOME"), 3, 5, 40);

        assertThat(late.path()).isEqualTo(ENV.key("HOME"));
        assertThat(late).isEqualTo(made).hasSameHashCodeAs(made).hasToString(made.toString());
        assertThat(made).isEqualTo(late);
        assertThat(late.position()).isEqualTo(new Position(3, 5, 40));
    }

    @Test
    void itsPathIsMadeOnce() {
        Origin late = Origin.ofMember(ENV, "HOME", 3, 5, 40);

        assertThat(late.path()).isSameAs(late.path());
    }

    @Test
    void originsDifferWhenTheirPathsOrPlacesDo() {
        Origin home = Origin.ofMember(ENV, "HOME", 3, 5, 40);

        assertThat(home).isNotEqualTo(Origin.ofMember(ENV, "PATH", 3, 5, 40))
                .isNotEqualTo(Origin.ofMember(ENV, "HOME", 4, 5, 40))
                .isNotEqualTo(Origin.ofMember(ENV, "HOME", 3, 6, 40))
                .isNotEqualTo(Origin.ofMember(ENV, "HOME", 3, 5, 41))
                .isNotEqualTo(new Origin(ENV, 3, 5, 40));
    }

    @Test
    void aPlaceBelowZeroIsRefusedEitherWay() {
        assertThatThrownBy(() -> Origin.ofMember(ENV, "HOME", -1, 5, 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Origin(ENV, 3, -1, 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Origin.ofMember(ENV, null, 3, 5, 40)).isInstanceOf(NullPointerException.class);
    }
}
