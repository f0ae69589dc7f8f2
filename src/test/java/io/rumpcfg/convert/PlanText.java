package io.rumpcfg.convert;

import io.rumpcfg.plan.Plan;
import io.rumpcfg.plan.PlanFormat;
import io.rumpcfg.plan.PlanWriter;
import java.util.stream.Collectors;

/** A plan compared across documents: its JSON (ids, order, args, dependencies) and notes, less each step's at and line. */
final class PlanText {
    private PlanText() {}

    static String withoutOrigins(Plan plan) {
        String json = PlanWriter.render(plan, PlanFormat.JSON, true);
        return json.lines().filter(l -> !l.matches("\\s*\"(at|line)\": .*")).collect(Collectors.joining("\n"))
                + "\nnotes: " + plan.notes();
    }
}
