package org.oneroster4j.testkit;

/** Placeholder until the model lands. */
public final class GradebookState {
  private final FakeSis sis;

  GradebookState(FakeSis sis) {
    this.sis = sis;
  }

  int lineItemCount() {
    return sis.store().lineItems.size();
  }
}
