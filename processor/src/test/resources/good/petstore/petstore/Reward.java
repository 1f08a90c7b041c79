package petstore;

/** A loyalty reward: sealed without Jackson type ids, so any of its records, written as they are. */
public sealed interface Reward permits Reward.Points, Reward.Voucher {
  /**
   * Points to spend.
   *
   * @param points how many
   */
  record Points(int points) implements Reward {}

  /**
   * A voucher code.
   *
   * @param code the code to enter
   */
  record Voucher(String code) implements Reward {}
}
