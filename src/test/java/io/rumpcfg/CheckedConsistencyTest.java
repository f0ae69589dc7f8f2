package io.rumpcfg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.rumpcfg.model.Code;
import io.rumpcfg.model.Diagnostic;
import io.rumpcfg.model.Origin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A {@link Checked} cannot contradict itself: a plan exactly when no diagnostic is an error. */
class CheckedConsistencyTest {
    private static final Diagnostic ERROR = Diagnostic.error(Code.SYNTAX, Origin.SYNTHETIC, "bad");
    private static final Diagnostic WARNING = Diagnostic.warning(Code.DEPRECATED, Origin.SYNTHETIC, "odd");

    @Test
    void aPlanWithAnErrorIsRefused() {
        Checked valid = Rumpcfg.check("{\"hostname\": \"h\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(valid.isValid()).isTrue();

        assertThatIllegalArgumentException().isThrownBy(() -> new Checked(valid.config(), valid.plan(), List.of(ERROR)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Checked(Optional.empty(), valid.plan(), List.of()));
        assertThat(new Checked(valid.config(), valid.plan(), List.of(WARNING)).isValid()).isTrue();
    }

    @Test
    void noPlanNeedsAnErrorSayingWhy() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Checked(Optional.empty(), Optional.empty(), List.of(WARNING)));
        assertThat(new Checked(Optional.empty(), Optional.empty(), List.of(ERROR)).isValid()).isFalse();
    }
}
