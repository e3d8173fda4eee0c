package org.oneroster4j.export;

import java.util.Objects;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.WriteResult;
import org.oneroster4j.internal.endpoint.SisIds;

/** Sends planned writes to the SIS through a {@link OneRosterClient}, one client call per kind. */
final class ClientWriter implements SisWriter, PlannedWrite.Visitor<WriteResult> {
  private final OneRosterClient client;

  ClientWriter(OneRosterClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public WriteReply write(PlannedWrite write) {
    WriteResult r = write.accept(this);
    return new WriteReply(r.httpStatus(), r.sourcedId(), r.warnings());
  }

  @Override
  public WriteResult categoryPut(PlannedWrite.CategoryPut write) {
    return client.putCategory(write.category());
  }

  @Override
  public WriteResult lineItemPut(PlannedWrite.LineItemPut write) {
    return client.putLineItem(write.lineItem());
  }

  @Override
  public WriteResult lineItemDelete(PlannedWrite.LineItemDelete write) {
    return client.deleteLineItem(listedId(write, "lineItems"));
  }

  @Override
  public WriteResult resultPut(PlannedWrite.ResultPut write) {
    return client.putResult(write.result());
  }

  @Override
  public WriteResult resultDelete(PlannedWrite.ResultDelete write) {
    return client.deleteResult(listedId(write, "results"));
  }

  /**
   * The id of an object to delete, which came from the SIS's listing of the class (the ids this SDK
   * plans are UUIDs), checked before it goes into a path.
   */
  private static String listedId(PlannedWrite write, String collection) {
    return SisIds.require(
        write.sourcedId(),
        write.kind().wire(),
        "GET /classes/" + write.classSourcedId() + "/" + collection);
  }
}
