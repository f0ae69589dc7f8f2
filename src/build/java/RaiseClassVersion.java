import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step: rewrites the classes under a package prefix in a jar as class-file version 52
 * (Java 8), with the stack map frames that version needs, leaving every other entry as it is.
 *
 * <p>picocli ships Java 5 class files (version 49). No CDS archive of JDK 17's dynamic kind,
 * and no AOT cache of JDK 25, holds a class older than version 50, nor any class that
 * implements or extends one (the commands' converters, handlers and version provider): each
 * is parsed and verified again at every start, by the slow type-inferring verifier. Raised
 * to version 52 they are verified once, when the archive is made (docs/performance.md, "Cold
 * start"). The bytecode itself is not changed.
 *
 * <p>Run with the source launcher: {@code java -cp asm.jar RaiseClassVersion.java JAR PREFIX}.
 */
public final class RaiseClassVersion {
    private RaiseClassVersion() {}

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        String prefix = args[1];
        Path raised = jar.resolveSibling(jar.getFileName() + ".raised");
        int count = 0;
        // Frames need the common superclass of two types: the jar's own classes answer it.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(raised))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")) {
                    bytes = raise(bytes, loader);
                    count++;
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (count == 0) {
            throw new IllegalStateException("no class under " + prefix + " in " + jar);
        }
        Files.move(raised, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("raised " + count + " classes under " + prefix + " in " + jar + " to class-file version 52");
    }

    private static byte[] raise(byte[] bytes, ClassLoader loader) {
        ClassReader reader = new ClassReader(bytes);
        if (reader.readUnsignedShort(6) >= Opcodes.V1_8) {
            return bytes;
        }
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return loader;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
