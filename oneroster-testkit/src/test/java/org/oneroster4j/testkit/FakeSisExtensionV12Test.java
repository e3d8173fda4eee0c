package org.oneroster4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;

class FakeSisExtensionV12Test {
  @RegisterExtension
  static final FakeSisExtension SIS = FakeSisExtension.generic().version(OneRosterVersion.V1_2);

  @Test
  void extension_runsA12Server(FakeSis sis) {
    assertThat(SIS.version()).isEqualTo(OneRosterVersion.V1_2);
    assertThat(SIS.rootUrl()).endsWith("/ims/oneroster");
    assertThat(SIS.baseUrl()).isEqualTo(SIS.rootUrl());
    assertThat(SIS.serviceUrl(Service.GRADEBOOK)).isEqualTo(SIS.rootUrl() + "/gradebook/v1p2");
    TestHttp http = TestHttp.withToken(sis);
    assertThat(http.get("/rostering/v1p2/teachers?limit=1").ids("users")).hasSize(1);
  }
}
