package dev.gatehouse.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * Lays out generated method calls for a reader in a debugger: a call with several arguments puts
 * each on its own line, indented once more than the statement, as google-java-format does once a
 * call no longer fits; a call with one argument stays on one line.
 */
final class Calls {
  private Calls() {}

  /** {@code callee(arguments...)}, where {@code callee} is e.g. {@code $T.of} already expanded. */
  static CodeBlock call(CodeBlock callee, List<CodeBlock> arguments) {
    CodeBlock.Builder code = CodeBlock.builder().add(callee).add("(");
    if (arguments.size() <= 1) {
      arguments.forEach(code::add);
      return code.add(")").build();
    }
    code.add("\n$>$>");
    for (int i = 0; i < arguments.size(); i++) {
      code.add(arguments.get(i)).add(i + 1 < arguments.size() ? ",\n" : "");
    }
    return code.add(")$<$<").build();
  }
}
