package poly;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Its own "type" property is the id; the subclasses are the permitted ones. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type")
public abstract sealed class Event permits Event.Created, Event.Deleted {
  public long getAt() {
    return 42;
  }

  public abstract String getType();

  @JsonTypeName("created")
  public static final class Created extends Event {
    @Override
    public String getType() {
      return "created";
    }

    public String getName() {
      return "new";
    }
  }

  @JsonTypeName("deleted")
  public static final class Deleted extends Event {
    @Override
    public String getType() {
      return "deleted";
    }

    public boolean isPermanent() {
      return true;
    }
  }
}
