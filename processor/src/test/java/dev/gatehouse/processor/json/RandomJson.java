package dev.gatehouse.processor.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

/**
 * Random trees of every kind of value the package holds, with strings full of awkward characters.
 */
final class RandomJson {
  private static final String AWKWARD =
      "\"\\/\b\f\n\r\t\u0000\u0001\u001f\u007f\u0080\u00e9\u2028\u2029\ufeff\uffff<>&' {}[]:,";

  private final Random random;

  RandomJson(long seed) {
    this.random = new Random(seed);
  }

  Object value(int depth) {
    int kind = random.nextInt(depth <= 0 ? 8 : 11);
    return switch (kind) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> random.nextInt();
      case 3 -> random.nextLong();
      case 4 -> new BigInteger(70 + random.nextInt(60), random);
      case 5 -> decimal();
      case 6, 7 -> string();
      case 8 -> array(depth - 1);
      default -> object(depth - 1);
    };
  }

  JsonObject object(int depth) {
    JsonObject object = new JsonObject();
    int n = random.nextInt(4) == 0 ? 0 : random.nextInt(6);
    for (int i = 0; i < n; i++) {
      object.set(string(), value(depth));
    }
    return object;
  }

  private JsonArray array(int depth) {
    JsonArray array = new JsonArray();
    int n = random.nextInt(4) == 0 ? 0 : random.nextInt(6);
    for (int i = 0; i < n; i++) {
      array.add(value(depth));
    }
    return array;
  }

  private BigDecimal decimal() {
    BigDecimal d =
        new BigDecimal(new BigInteger(1 + random.nextInt(80), random), random.nextInt(40) - 20);
    return random.nextBoolean() ? d.negate() : d;
  }

  String string() {
    StringBuilder out = new StringBuilder();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(4)) {
        case 0 -> out.append(AWKWARD.charAt(random.nextInt(AWKWARD.length())));
        case 1 -> out.append((char) random.nextInt(0x80));
        case 2 -> out.appendCodePoint(0x10000 + random.nextInt(0x10000)); // a surrogate pair
        default -> out.append((char) ('a' + random.nextInt(26)));
      }
    }
    return out.toString();
  }
}
