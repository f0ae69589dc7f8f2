package io.rumpcfg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.rumpcfg.model.Config;
import io.rumpcfg.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Guards against quadratic planning by counting the planner's work, not by timing: a hundred
 * times more mounts may cost a few hundred times more work (n log n), never ten thousand times
 * (n²). The work is counted by the planner's own bytecode, rewritten as it is loaded so that
 * every method call and every jump back to the start of a loop of io.rumpcfg.plan ticks a
 * counter: no loop can forget to count itself. (Work inside the JDK's collections is not
 * counted; each call into them from the planner is, once.)
 */
class PlanningGrowthTest {

    @Test
    void aHundredTimesMoreMountsCostsFarLessThanTenThousandTimesTheWork() {
        long small = workFor(100);
        long large = workFor(10_000);

        assertThat(large).isGreaterThan(100 * small / 2);
        assertThat(large).isLessThan(400 * small);
    }

    @Test
    void theCountSeesQuadraticWorkWhenThereIsSome() {
        // Each NFS mount waits for every interface: m mounts and m interfaces are m² edges.
        long small = nfsWorkFor(10);
        long large = nfsWorkFor(100);

        assertThat(large).isGreaterThan(50 * small);
    }

    /** n mounts, half at top level with a vnd backing file, half beneath them, listed deepest first. */
    private static long workFor(int n) {
        ConfigBuilder config = ConfigBuilder.config();
        for (int i = n / 2 - 1; i >= 0; i--) {
            config.tmpfs("/d" + i + "/cache");
            config.blkMount("/d" + i, "/dev/ld" + i + "a");
        }
        config.tmpfs("/");
        config.rc("app");
        return work(config.build());
    }

    private static long nfsWorkFor(int n) {
        ConfigBuilder config = ConfigBuilder.config();
        for (int i = 0; i < n; i++) {
            config.nfs("/n" + i, "192.0.2.7:/x");
            config.iface("vioif" + i, "dhcp");
        }
        return work(config.build());
    }

    /** The ticks of planning {@code config} with {@link Planner#plan} in a planner loaded anew, counting. */
    private static long work(Config config) {
        try {
            ClassLoader counting = new CountingLoader();
            Class<?> options = counting.loadClass(PlanOptions.class.getName());
            Method plan = counting.loadClass(Planner.class.getName()).getMethod("plan", Config.class, options);
            Object defaults = options.getField("DEFAULTS").get(null);
            Ticks.count = 0;
            Object result = plan.invoke(null, config, defaults);
            long ticks = Ticks.count;
            Object diagnostics = result.getClass().getMethod("diagnostics").invoke(result);
            assertThat((List<?>) diagnostics).as("diagnostics").isEmpty();
            assertThat(ticks).as("ticks counted").isPositive();
            return ticks;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e instanceof InvocationTargetException ? e.getCause() : e);
        }
    }

    /** The counter the rewritten planner ticks; public, as the planner's package is another run-time package. */
    public static final class Ticks {
        public static long count;

        private Ticks() {}

        public static void tick() {
            count++;
        }
    }

    /**
     * Loads the main classes of io.rumpcfg.plan itself, rewritten to tick {@link Ticks}; every
     * other class (the model, the JDK, this test) comes from its parent.
     */
    private static final class CountingLoader extends ClassLoader {
        private static final String PACKAGE = Planner.class.getPackageName() + ".";
        private static final String TICKS = Ticks.class.getName().replace('.', '/');

        CountingLoader() {
            super(PlanningGrowthTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = isPlanner(name) ? rewritten(name) : super.loadClass(name, false);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        /** Whether {@code name} is a main class of the planner, not one of its tests. */
        private boolean isPlanner(String name) {
            if (!name.startsWith(PACKAGE) || name.startsWith(PlanningGrowthTest.class.getName())) {
                return false;
            }
            java.net.URL at = getParent().getResource(name.replace('.', '/') + ".class");
            java.net.URL planner = getParent().getResource(Planner.class.getName().replace('.', '/') + ".class");
            return at != null && at.toString().startsWith(
                    planner.toString().substring(0, planner.toString().length() - "Planner.class".length()));
        }

        private Class<?> rewritten(String name) {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                ClassReader reader = new ClassReader(in.readAllBytes());
                ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
                reader.accept(new Ticking(writer), 0);
                byte[] bytes = writer.toByteArray();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Ticks on entering each method and before each jump back to a place already passed: a loop's turn. */
        private static final class Ticking extends ClassVisitor {
            Ticking(ClassVisitor next) {
                super(Opcodes.ASM9, next);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                return new MethodVisitor(Opcodes.ASM9, next) {
                    private final Set<Label> passed = new HashSet<>();

                    @Override
                    public void visitCode() {
                        super.visitCode();
                        tick();
                    }

                    @Override
                    public void visitLabel(Label label) {
                        super.visitLabel(label);
                        passed.add(label);
                    }

                    @Override
                    public void visitJumpInsn(int opcode, Label label) {
                        if (passed.contains(label)) {
                            tick();
                        }
                        super.visitJumpInsn(opcode, label);
                    }

                    private void tick() {
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, TICKS, "tick", "()V", false);
                    }
                };
            }
        }
    }
}
