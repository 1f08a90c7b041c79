package dev.gatehouse.doctests;

import java.util.HashMap;
import java.util.Map;

/**
 * A class loader that sees the JDK's modules and nothing of this test's class path: the parent of
 * the processor path's loader, as a build tool's is. javac's own processor loader would have the
 * test's class loader as its parent, which would lend the processor whatever its path lacks.
 */
final class JdkOnlyClassLoader extends ClassLoader {
  /** Packages of the JDK's modules that the platform loader does not define (jdk.compiler's). */
  private final Map<String, ClassLoader> jdkPackages = new HashMap<>();

  JdkOnlyClassLoader() {
    super("jdk-only", ClassLoader.getPlatformClassLoader());
    for (Module module : ModuleLayer.boot().modules()) {
      ClassLoader loader = module.getClassLoader();
      if (loader != null) {
        for (String pkg : module.getPackages()) {
          jdkPackages.put(pkg, loader);
        }
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    int dot = name.lastIndexOf('.');
    ClassLoader loader = dot < 0 ? null : jdkPackages.get(name.substring(0, dot));
    if (loader == null) {
      throw new ClassNotFoundException(name);
    }
    return Class.forName(name, false, loader);
  }
}
