package io.rumpcfg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.Checked;
import io.rumpcfg.Rumpcfg;
import io.rumpcfg.convert.ConfigWriter;
import io.rumpcfg.model.Config;
import io.rumpcfg.model.RcEntry;
import io.rumpcfg.model.RunMode;
import io.rumpcfg.parse.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A valid configuration written out by {@link ConfigWriter} reads back as the same
 * configuration and the same plan. Origins (lines) differ between the two documents, so
 * models are compared through their written form, which has none, and plans by step.
 */
class RoundTripPropertiesTest {
    private static final PlanOptions OPTIONS = PlanOptions.DEFAULTS.withBaseDir("/img");

    /**
     * The planner's generator, with the one thing only the reader checks made right: the last
     * rc entry cannot pipe (the planner takes such a model; the reader refuses such a document).
     */
    @Provide
    Arbitrary<Config> configs() {
        return ConfigGenerator.configs().map(RoundTripPropertiesTest::lastEntryDoesNotPipe);
    }

    private static Config lastEntryDoesNotPipe(Config c) {
        if (c.rc().isEmpty() || c.rc().get().isEmpty()) {
            return c;
        }
        List<RcEntry> rc = new ArrayList<>(c.rc().get());
        RcEntry last = rc.get(rc.size() - 1);
        if (last.runmode() == RunMode.PIPE) {
            rc.set(rc.size() - 1, new RcEntry(last.bin(), last.argv(), RunMode.WAIT, last.workdir(), last.sysctl(),
                    last.origin()));
        }
        return new Config(c.sysctl(), Optional.of(rc), c.env(), c.hostname(), c.net(), c.blk(), c.mounts());
    }

    private static Checked check(String json) {
        return Rumpcfg.check(json.getBytes(StandardCharsets.UTF_8), ParseOptions.DEFAULTS, OPTIONS);
    }

    @Property(tries = 300)
    void aWrittenConfigReadsBackUnchanged(@ForAll("configs") Config config) {
        String written = ConfigWriter.write(config);

        Checked read = check(written);

        assertThat(read.config()).as(written + "\n" + read.diagnostics()).isPresent();
        assertThat(ConfigWriter.write(read.config().get())).isEqualTo(written);
    }

    @Property(tries = 300)
    void aWrittenConfigPlansTheSameSteps(@ForAll("configs") Config config) {
        Plan original = Plans.planOf(config, OPTIONS);

        Checked read = check(ConfigWriter.write(config));

        assertThat(read.isValid()).as(read.diagnostics().toString()).isTrue();
        Plan again = read.plan().orElseThrow();
        assertThat(Plans.ids(again)).isEqualTo(Plans.ids(original));
        assertThat(again.after()).isEqualTo(original.after());
    }

    @Property(tries = 200)
    void checkingTheSameDocumentTwiceGivesTheSamePlan(@ForAll("configs") Config config) {
        String written = ConfigWriter.write(config);

        Checked first = check(written);
        Checked second = check(written);

        assertThat(second).isEqualTo(first);
        for (PlanFormat format : PlanFormat.values()) {
            assertThat(PlanWriter.render(second.plan().orElseThrow(), format, false))
                    .isEqualTo(PlanWriter.render(first.plan().orElseThrow(), format, false));
        }
    }
}
