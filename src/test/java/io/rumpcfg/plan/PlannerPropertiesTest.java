package io.rumpcfg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Config;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlannerPropertiesTest {
    private static final PlanOptions OPTIONS = PlanOptions.DEFAULTS.withBaseDir("/img");

    @Provide
    Arbitrary<Config> configs() {
        return ConfigGenerator.configs();
    }

    @Property
    void everyPlanIsATopologicalOrderOfItsEdges(@ForAll("configs") Config config) {
        Plan plan = Plans.planOf(config, OPTIONS);

        Map<String, Integer> position = new HashMap<>();
        for (int k = 0; k < plan.steps().size(); k++) {
            position.put(plan.steps().get(k).id(), k);
        }
        assertThat(position).hasSameSizeAs(plan.steps());
        assertThat(position.keySet()).containsAll(plan.after().keySet());
        plan.after().forEach((id, deps) -> {
            for (Dependency d : deps) {
                assertThat(position.get(d.stepId()))
                        .as("%s waits for %s", id, d.stepId())
                        .isLessThan(position.get(id));
            }
        });
    }

    @Property
    void eachStepIsTheEarliestReadyOneByStageThenDocumentOrder(@ForAll("configs") Config config) {
        Plan plan = Plans.planOf(config, OPTIONS);
        List<Step> documentOrder = StepCollector.collect(config, OPTIONS, new ArrayList<>()).list();

        // The rule, the slow way: of the steps whose dependencies are placed, take the least.
        List<String> placed = new ArrayList<>();
        List<Step> expected = new ArrayList<>();
        while (expected.size() < documentOrder.size()) {
            Step least = null;
            for (Step step : documentOrder) {
                boolean ready = !placed.contains(step.id()) && plan.dependenciesOf(step).stream()
                        .allMatch(d -> placed.contains(d.stepId()));
                if (ready && (least == null || step.stage().compareTo(least.stage()) < 0)) {
                    least = step;
                }
            }
            expected.add(least);
            placed.add(least.id());
        }
        assertThat(plan.steps()).containsExactlyElementsOf(expected);
    }

    @Property
    void planningTheSameInputTwiceGivesTheSamePlan(@ForAll("configs") Config config) {
        PlanResult first = Planner.plan(config, OPTIONS);
        PlanResult second = Planner.plan(config, OPTIONS);

        assertThat(second).isEqualTo(first);
        for (PlanFormat format : PlanFormat.values()) {
            assertThat(PlanWriter.render(second.plan().orElseThrow(), format, false))
                    .isEqualTo(PlanWriter.render(first.plan().orElseThrow(), format, false));
        }
    }

    @Property
    void everyElementOfTheConfigYieldsItsStep(@ForAll("configs") Config config) {
        Plan plan = Plans.planOf(config, OPTIONS);

        List<Object> expected = new ArrayList<>();
        config.sysctl().forEach(s -> expected.add(new Step.SetSysctl(s)));
        config.env().forEach(e -> expected.add(new Step.SetEnv(e)));
        config.hostname().ifPresent(h -> expected.add(new Step.SetHostname(h)));
        config.net().interfaces().forEach(i -> expected.add(new Step.ConfigureInterface(i)));
        config.net().gateways().forEach(g -> expected.add(new Step.AddGateway(g)));
        config.net().dns().ifPresent(d -> expected.add(new Step.WriteResolvConf(d)));
        config.mounts().forEach(m -> expected.add(new Step.MountFs(m)));
        List<Object> blkOrigins = new ArrayList<>();
        config.blk().forEach(b -> blkOrigins.add(b));
        List<Object> rc = new ArrayList<>();
        config.rc().orElse(List.of()).forEach(rc::add);

        List<Object> actualPlain = new ArrayList<>();
        List<Object> actualBlk = new ArrayList<>();
        List<Object> actualRc = new ArrayList<>();
        for (Step step : plan.steps()) {
            if (step instanceof Step.ConfigureBlk) {
                actualBlk.add(((Step.ConfigureBlk) step).blk());
            } else if (step instanceof Step.StartProgram) {
                actualRc.add(((Step.StartProgram) step).entry());
            } else {
                actualPlain.add(step);
            }
        }
        assertThat(actualPlain).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(actualBlk).containsExactlyInAnyOrderElementsOf(blkOrigins);
        assertThat(actualRc).containsExactlyElementsOf(rc);
    }

    @Property
    void everyConfigurationStepComesBeforeEveryProgram(@ForAll("configs") Config config) {
        Plan plan = Plans.planOf(config, OPTIONS);

        boolean seenProgram = false;
        for (Step step : plan.steps()) {
            boolean program = step instanceof Step.StartProgram;
            assertThat(!program && seenProgram).as("%s after a program", step.id()).isFalse();
            seenProgram |= program;
        }
    }
}
