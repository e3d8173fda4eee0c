package org.oneroster4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneroster4j.internal.json.JsonText.in;
import static org.oneroster4j.internal.json.JsonText.q;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.oneroster4j.error.StatusInfo;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.SchoolClass;

class CollectionReaderTest {
  private static final String WARNING =
      "{'imsx_codeMajor':'success','imsx_severity':'warning',"
          + "'imsx_description':'sort field unknown','imsx_codeMinor':'invalid_sort_field'}";
  private static final StatusInfo SORT_WARNING =
      new StatusInfo("success", "warning", "invalid_sort_field", "sort field unknown");

  private final OneRosterJson json = OneRosterJson.get();

  private static <T> List<T> drain(CollectionReader<T> reader) {
    List<T> items = new ArrayList<>();
    reader.forEachRemaining(items::add);
    return items;
  }

  @Test
  void readCollection_readsItemsAndAStatusInfoSetBeforeTheArray() {
    CollectionReader<Result> reader =
        json.readCollection(
            in(
                "{'statusInfoSet':["
                    + WARNING
                    + "],'results':[{'sourcedId':'r1','score':'80'},{'sourcedId':'r2','score':90}]}"),
            Result.class);

    assertThat(reader.warnings()).isEmpty();
    assertThat(reader.hasNext()).isTrue();
    assertThat(reader.warnings()).containsExactly(SORT_WARNING);
    List<Result> results = drain(reader);
    assertThat(results).extracting(Result::score).containsExactly(80.0, 90.0);
    assertThat(reader.count()).isEqualTo(2);
  }

  @Test
  void readCollection_exposesAStatusInfoSetAfterTheArrayOnceExhausted() {
    CollectionReader<Result> reader =
        json.readCollection(
            in("{'results':[{'sourcedId':'r1'}],'statusInfoSet':[" + WARNING + "]}"), Result.class);

    assertThat(reader.next().sourcedId()).isEqualTo("r1");
    assertThat(reader.warnings()).isEmpty();
    assertThat(reader.hasNext()).isFalse();
    assertThat(reader.warnings()).containsExactly(SORT_WARNING);
  }

  @Test
  void readCollection_readsRicOneStyleWarningsAndSkipsUnknownMembers() {
    CollectionReader<LineItem> reader =
        json.readCollection(
            in(
                "{'meta':{'total':1,'pages':[1,2]},'warnings':{'codeMajor':'success',"
                    + "'severity':'warning','codeMinor':'invalid_selection_field',"
                    + "'description':'fields: foo'},'lineItems':[{'sourcedId':'li-1',"
                    + "'unknown':[{'x':1}]}],'links':{'next':null}}"),
            LineItem.class);

    assertThat(drain(reader)).extracting(LineItem::sourcedId).containsExactly("li-1");
    assertThat(reader.warnings())
        .containsExactly(
            new StatusInfo("success", "warning", "invalid_selection_field", "fields: foo"));
  }

  @Test
  void readCollection_readsAnEmptyCollection() {
    CollectionReader<SchoolClass> reader =
        json.readCollection(in("{'classes':[]}"), SchoolClass.class);

    assertThat(reader.hasNext()).isFalse();
    assertThat(reader.count()).isZero();
    assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void readCollection_acceptsABareArrayAndSkipsNullElements() {
    CollectionReader<SchoolClass> reader =
        json.readCollection(in("[{'sourcedId':'c1'},null,{'sourcedId':'c2'}]"), SchoolClass.class);

    assertThat(drain(reader)).extracting(SchoolClass::sourcedId).containsExactly("c1", "c2");
  }

  @Test
  void readCollection_reportsAMissingDataArrayNamingWhatWasFound() {
    CollectionReader<LineItem> reader =
        json.readCollection(in("{'results':[{'sourcedId':'r1'}]}"), LineItem.class);

    assertThatThrownBy(reader::hasNext)
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(q("Expected a 'lineItems' array in the body, found members [results]"));
    assertThat(reader.hasNext()).isFalse();
  }

  @Test
  void readCollection_reportsTruncatedJsonAfterTheItemsBeforeIt() {
    CollectionReader<LineItem> reader =
        json.readCollection(in("{'lineItems':[{'sourcedId':'a'},{'sourcedId':'b"), LineItem.class);

    assertThat(reader.next().sourcedId()).isEqualTo("a");
    assertThatThrownBy(reader::next)
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("Malformed JSON while reading lineItems at line 1");
    assertThat(reader.hasNext()).isFalse();
  }

  @Test
  void readCollection_reportsANonObjectElement() {
    CollectionReader<LineItem> reader =
        json.readCollection(in("{'lineItems':['li-1']}"), LineItem.class);

    assertThatThrownBy(reader::hasNext)
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "Cannot read an element of lineItems: expected a JSON object, found the value li-1");
  }

  @Test
  void readCollection_reportsAnEmptyBody() {
    assertThatThrownBy(() -> json.readCollection(in(""), LineItem.class).hasNext())
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(q("Expected a 'lineItems' collection but the body is empty"));
  }

  @Test
  void readCollection_wrapsStreamFailuresAsUncheckedIo() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("connection reset");
          }
        };

    assertThatThrownBy(() -> json.readCollection(broken, LineItem.class).hasNext())
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("connection reset");
  }

  @Test
  void readCollection_doesNotBufferTheBody_readingOnlyWhatTheItemsNeed() {
    GeneratedCollection body = new GeneratedCollection(1_000_000);
    CollectionReader<Result> reader = json.readCollection(body, Result.class);

    List<Result> firstThree = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      firstThree.add(reader.next());
    }

    assertThat(firstThree).extracting(Result::sourcedId).containsExactly("r0", "r1", "r2");
    assertThat(reader.warnings()).containsExactly(SORT_WARNING);
    // The whole body is over 100 MB; a streaming reader has pulled at most a few parser buffers.
    assertThat(body.minimumSize()).isGreaterThan(100_000_000L);
    assertThat(body.served()).isLessThan(64 * 1024L);
    reader.close();
    assertThat(body.closed).isTrue();
  }

  @Test
  void readCollection_streamsTenThousandGeneratedItemsAndTheTrailingWarnings() {
    GeneratedCollection body = new GeneratedCollection(10_000);
    CollectionReader<Result> reader = json.readCollection(body, Result.class);

    long scoreSum = 0;
    String last = null;
    while (reader.hasNext()) {
      Result result = reader.next();
      scoreSum += result.score().longValue();
      last = result.sourcedId();
    }

    assertThat(reader.count()).isEqualTo(10_000);
    assertThat(last).isEqualTo("r9999");
    assertThat(scoreSum).isEqualTo(expectedSum(10_000));
    assertThat(reader.warnings()).containsExactly(SORT_WARNING, SORT_WARNING);
    assertThat(body.served()).isEqualTo(body.totalSize());
    assertThat(body.closed).isTrue();
  }

  @Test
  void readCollection_readsASingleObjectAsACollectionOfOne() {
    CollectionReader<Result> reader =
        json.readCollection(
            in("{'results':{'sourcedId':'r1','score':'5'},'statusInfo':" + WARNING + "}"),
            Result.class);

    assertThat(drain(reader)).extracting(Result::sourcedId).containsExactly("r1");
    assertThat(reader.warnings()).containsExactly(SORT_WARNING);
  }

  @Test
  void readCollection_readsANullCollectionAsEmpty() {
    CollectionReader<Result> reader = json.readCollection(in("{'results':null}"), Result.class);

    assertThat(reader.hasNext()).isFalse();
  }

  private static long expectedSum(int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += i % 101;
    }
    return sum;
  }

  /**
   * A collection body produced on demand: a warning, then {@code n} results (score {@code i % 101},
   * as a string every other item), then the same warning again; it never holds more than one item.
   */
  private static final class GeneratedCollection extends InputStream {
    private final int n;
    private int next;
    private byte[] chunk = bytes(q("{'statusInfoSet':[" + WARNING + "],'results':["));
    private int position;
    private long served;
    private boolean finished;
    boolean closed;

    GeneratedCollection(int n) {
      this.n = n;
    }

    private static byte[] bytes(String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String item(int i) {
      Object score = i % 2 == 0 ? String.valueOf(i % 101) : "\"" + (i % 101) + "\"";
      return "{\"sourcedId\":\"r"
          + i
          + "\",\"status\":\"active\",\"dateLastModified\":\"2026-09-09T12:00:00.000Z\","
          + "\"lineItem\":{\"sourcedId\":\"li-1\",\"type\":\"lineItem\"},"
          + "\"student\":{\"sourcedId\":\"s-"
          + i
          + "\",\"type\":\"student\"},\"scoreStatus\":\"fully graded\",\"score\":"
          + score
          + ",\"scoreDate\":\"2026-09-09\",\"comment\":\"generated item number "
          + i
          + "\"}";
    }

    private boolean refill() {
      if (finished) {
        return false;
      }
      if (next < n) {
        chunk = bytes((next == 0 ? "" : ",") + item(next));
        next++;
      } else {
        chunk = bytes(q("],'statusInfoSet':[" + WARNING + "]}"));
        finished = true;
      }
      position = 0;
      return true;
    }

    long totalSize() {
      long size = bytes(q("{'statusInfoSet':[" + WARNING + "],'results':[")).length;
      size += bytes(q("],'statusInfoSet':[" + WARNING + "]}")).length;
      for (int i = 0; i < n; i++) {
        size += bytes(item(i)).length + (i == 0 ? 0 : 1);
      }
      return size;
    }

    /** A lower bound of the body size: every item is at least as long as the first. */
    long minimumSize() {
      return (long) n * bytes(item(0)).length;
    }

    long served() {
      return served;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      int count = read(one, 0, 1);
      return count < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      while (position >= chunk.length) {
        if (!refill()) {
          return -1;
        }
      }
      int count = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, buffer, offset, count);
      position += count;
      served += count;
      return count;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
