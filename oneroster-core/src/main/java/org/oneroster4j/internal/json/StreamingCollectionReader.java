package org.oneroster4j.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.oneroster4j.error.StatusInfo;

/**
 * Pulls a collection body token by token: members before the data array are scanned (status infos
 * kept, others skipped), then each array element is bound on demand from its tokens straight into
 * the entity (or, for the tests' oracle, read into a tree first), then the members after it are
 * scanned once the array ends. A data member holding one object instead of an array is read as a
 * collection of one, and {@code null} as an empty collection.
 */
final class StreamingCollectionReader<T> implements CollectionReader<T> {
  private enum State {
    START,
    IN_ARRAY,
    ITEM_READY,
    AFTER_SINGLE,
    DONE
  }

  private final JsonParser parser;
  private final EntityCodec<?, ?> codec;
  private final Class<T> type;
  private final OneRosterJson json;
  private final EntityCodec<?, ?>.Binding binding;
  private final List<StatusInfo> warnings = new ArrayList<>();
  private final List<String> seenMembers = new ArrayList<>();
  private State state = State.START;
  private boolean foundData;
  private boolean bareArray;
  private boolean singleObject;
  private int count;

  /**
   * @param tree whether each element is read into a tree before it becomes an entity (the oracle of
   *     the tests) instead of being bound from its tokens
   */
  StreamingCollectionReader(
      JsonParser parser, EntityCodec<?, ?> codec, Class<T> type, OneRosterJson json, boolean tree) {
    this.parser = parser;
    this.codec = codec;
    this.type = type;
    this.json = json;
    this.binding = tree ? null : codec.binding();
  }

  @Override
  public boolean hasNext() {
    try {
      while (true) {
        switch (state) {
          case ITEM_READY:
            return true;
          case DONE:
            return false;
          case START:
            start();
            break;
          case IN_ARRAY:
            advanceInArray();
            break;
          case AFTER_SINGLE:
            scanMembers();
            break;
          default:
            throw new IllegalStateException(state.name());
        }
      }
    } catch (JsonProcessingException e) {
      fail();
      throw OneRosterJson.malformed(codec.plural(), e);
    } catch (IOException e) {
      fail();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      fail();
      throw e;
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more " + codec.plural());
    }
    try {
      Object entity;
      if (binding != null) {
        entity = binding.read(parser);
        state = singleObject ? State.AFTER_SINGLE : State.IN_ARRAY;
      } else {
        JsonNode node = parser.readValueAsTree();
        state = singleObject ? State.AFTER_SINGLE : State.IN_ARRAY;
        entity = codec.read(node);
      }
      T item = type.cast(entity);
      count++;
      return item;
    } catch (JsonProcessingException e) {
      fail();
      throw OneRosterJson.malformed(codec.plural(), e);
    } catch (IOException e) {
      fail();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      fail();
      throw e;
    }
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public List<StatusInfo> warnings() {
    return List.copyOf(warnings);
  }

  @Override
  public void close() {
    state = State.DONE;
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void fail() {
    state = State.DONE;
    try {
      parser.close();
    } catch (IOException suppressed) {
      // Already failing; the original error is the one to report.
    }
  }

  private void start() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new JsonFormatException(
          "Expected a \"" + codec.plural() + "\" collection but the body is empty");
    }
    if (first == JsonToken.START_ARRAY) {
      bareArray = true;
      foundData = true;
      state = State.IN_ARRAY;
      return;
    }
    if (first != JsonToken.START_OBJECT) {
      throw new JsonFormatException(
          "Expected a JSON object with a \""
              + codec.plural()
              + "\" array, found "
              + describe(first));
    }
    scanMembers();
  }

  /**
   * Scans object members until the data array starts (state IN_ARRAY) or the object ends (DONE).
   */
  private void scanMembers() throws IOException {
    while (true) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_OBJECT) {
        finish();
        return;
      }
      if (token != JsonToken.FIELD_NAME) {
        throw new JsonFormatException(
            "Malformed collection body while reading " + codec.plural() + ": " + describe(token));
      }
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (!foundData && (name.equals(codec.plural()) || name.equals(codec.singular()))) {
        if (value == JsonToken.START_ARRAY) {
          foundData = true;
          state = State.IN_ARRAY;
          return;
        }
        if (value == JsonToken.START_OBJECT) {
          // Some XML-to-JSON providers send a one-element collection as a bare object.
          foundData = true;
          singleObject = true;
          state = State.ITEM_READY;
          return;
        }
        if (value == JsonToken.VALUE_NULL) {
          foundData = true;
          continue;
        }
      }
      String folded = name.toLowerCase(Locale.ROOT);
      if (folded.equals("statusinfoset")
          || folded.equals("imsx_statusinfoset")
          || folded.equals("imsx_statusinfo")
          || folded.equals("statusinfo")
          || folded.equals("warnings")) {
        JsonNode infos = parser.readValueAsTree();
        warnings.addAll(json.parseStatusInfos(infos));
      } else {
        if (seenMembers.size() < 10) {
          seenMembers.add(name);
        }
        parser.skipChildren();
      }
    }
  }

  private void advanceInArray() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.START_OBJECT) {
      state = State.ITEM_READY;
    } else if (token == JsonToken.VALUE_NULL) {
      // A null element carries nothing; skip it.
      return;
    } else if (token == JsonToken.END_ARRAY) {
      if (bareArray) {
        finish();
      } else {
        scanMembers();
      }
    } else if (token == null) {
      throw new JsonFormatException(
          "Truncated body while reading " + codec.plural() + ": the array never ends");
    } else {
      throw new JsonFormatException(
          "Cannot read an element of "
              + codec.plural()
              + ": expected a JSON object, found "
              + describe(token));
    }
  }

  private void finish() throws IOException {
    state = State.DONE;
    parser.close();
    if (!foundData) {
      throw new JsonFormatException(
          "Expected a \""
              + codec.plural()
              + "\" array in the body, found "
              + (seenMembers.isEmpty() ? "no data members" : "members " + seenMembers));
    }
  }

  private String describe(JsonToken token) {
    if (token == null) {
      return "the end of the body";
    }
    switch (token) {
      case START_ARRAY:
        return "an array";
      case START_OBJECT:
        return "an object";
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        try {
          String text = parser.getText();
          return "the value " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
        } catch (IOException e) {
          return "a value";
        }
      default:
        return token.name();
    }
  }
}
