/**
 * The ordered step planner and the plan printers.
 *
 * <p>{@link io.rumpcfg.plan.Planner#plan} turns a validated {@link io.rumpcfg.model.Config}
 * into a {@link io.rumpcfg.plan.Plan}: one {@link io.rumpcfg.plan.Step} per effect, in an
 * order derived from what each step needs, every edge a {@link io.rumpcfg.plan.Dependency}
 * with its reason in words. Planning is pure and deterministic; problems come back as
 * diagnostics in the {@link io.rumpcfg.plan.PlanResult}, never as exceptions.
 * {@link io.rumpcfg.plan.PlanWriter} shows a plan in a {@link io.rumpcfg.plan.PlanFormat}.
 *
 * <p>Steps, plans, options and results are immutable, and may be shared between threads. No
 * constructor or method takes or returns null.
 */
package io.rumpcfg.plan;
