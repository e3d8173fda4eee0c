package org.oneroster4j.benchmarks;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A child JVM that runs the export's ceiling once, from a fresh start: the PUTs captured by the
 * suite (read from a file before the clock starts) sent by a bare {@link HttpClient}, which first
 * fetches its token; prints {@code TIMED <millis> <2xx count>}. The cold twin of {@link
 * ExportChild}.
 */
public final class CeilingChild {
  private CeilingChild() {}

  /**
   * Sends the captured PUTs once.
   *
   * @param args {@code putsFile baseUrl tokenUrl clientId clientSecret concurrency}
   * @throws Exception when a request cannot be sent (the parent reports it)
   */
  public static void main(String[] args) throws Exception {
    List<Ceiling.Put> puts = read(Path.of(args[0]));
    long t0 = System.nanoTime();
    HttpClient http = Ceiling.http();
    String token = Suite.token(http, args[2], args[3], args[4]);
    List<HttpRequest> requests = Ceiling.requests(URI.create(args[1] + "/"), puts, token);
    int sent = Ceiling.send(http, requests, Integer.parseInt(args[5]), new AtomicInteger());
    long millis = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("TIMED " + millis + " " + sent);
  }

  /** Writes {@code puts} for {@link #read}. */
  static void write(Path file, List<Ceiling.Put> puts) throws IOException {
    try (var out = new java.io.DataOutputStream(Files.newOutputStream(file))) {
      out.writeInt(puts.size());
      for (Ceiling.Put put : puts) {
        out.writeUTF(put.path());
        out.writeInt(put.body().length);
        out.write(put.body());
      }
    }
  }

  /** Reads what {@link #write} wrote. */
  static List<Ceiling.Put> read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
      int n = in.readInt();
      List<Ceiling.Put> puts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String path = in.readUTF();
        byte[] body = new byte[in.readInt()];
        in.readFully(body);
        puts.add(new Ceiling.Put(path, body));
      }
      return puts;
    }
  }
}
