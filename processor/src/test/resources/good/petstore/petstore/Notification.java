package petstore;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;

/**
 * A message to a customer; its own {@code kind} property is the type id, and its subclasses are
 * the permitted ones.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "kind")
public abstract sealed class Notification
    permits Notification.EmailNotification, Notification.SmsNotification {

  /** When to send it. */
  public Instant getSendAt() {
    return null;
  }

  /** The kind of message. */
  public abstract String getKind();

  /** An e-mail. */
  @JsonTypeName("email")
  public static final class EmailNotification extends Notification {
    @Override
    public String getKind() {
      return "email";
    }

    /** The subject line. */
    public String getSubject() {
      return "";
    }
  }

  /** A text message. */
  @JsonTypeName("sms")
  public static final class SmsNotification extends Notification {
    @Override
    public String getKind() {
      return "sms";
    }

    /** The phone number. */
    public String getPhone() {
      return "";
    }
  }
}
