package org.oneroster4j.spi;

import java.net.URI;

/** A second plug-in class delegating to another vendor, to simulate two jars claiming one id. */
record SisVendorsTestTwin(SisVendor delegate) implements SisVendor {
  @Override
  public String id() {
    return delegate.id();
  }

  @Override
  public String displayName() {
    return delegate.displayName();
  }

  @Override
  public PartnershipStatus status() {
    return delegate.status();
  }

  @Override
  public boolean detects(URI url) {
    return delegate.detects(url);
  }

  @Override
  public VendorConnection connect(ConnectionRequest request) {
    return delegate.connect(request);
  }

  @Override
  public LineItemRules lineItemRules() {
    return delegate.lineItemRules();
  }

  @Override
  public int defaultConcurrency() {
    return delegate.defaultConcurrency();
  }

  @Override
  public int defaultPageSize() {
    return delegate.defaultPageSize();
  }
}
