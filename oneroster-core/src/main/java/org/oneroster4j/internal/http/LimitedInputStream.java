package org.oneroster4j.internal.http;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.oneroster4j.error.ProtocolException;

/** Fails with a {@link ProtocolException} once more than {@code limit} bytes were read. */
final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private final String what;
  private long count;

  LimitedInputStream(InputStream in, long limit, String what) {
    super(in);
    this.limit = limit;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  /**
   * A body already in memory (the answer to a write, at most {@code limit} + 1 bytes) is copied
   * once: the inherited method allocates 8 KiB and more per call, which would be most of an
   * export's garbage.
   */
  @Override
  public byte[] readAllBytes() throws IOException {
    if (in instanceof ByteArrayInputStream) {
      byte[] all = in.readAllBytes();
      add(all.length);
      return all;
    }
    return super.readAllBytes();
  }

  @Override
  public long skip(long n) throws IOException {
    long s = super.skip(n);
    add(s);
    return s;
  }

  private void add(long n) {
    count += n;
    if (count > limit) {
      throw new ProtocolException(
          "The response to "
              + what
              + " is larger than the limit of "
              + limit
              + " bytes; ask for smaller pages (Query.builder().pageSize(n)) or raise"
              + " maxResponseBytes(long)");
    }
  }
}
