package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;
import org.oneroster4j.testkit.FakeSis;

/** The README's "OneRoster 1.1 and 1.2" example, against a 1.2 fake SIS instead of a real one. */
class ReadmeV12ExampleTest {

  @Test
  void aRosteringBaseUrl_makesA12Client_withTheGradebookBaseDerived() {
    try (FakeSis fake =
        FakeSis.builder().vendor("generic").version(OneRosterVersion.V1_2).build().start()) {
      OneRosterClient sis =
          OneRosterClient.builder()
              .url(fake.serviceUrl(Service.ROSTERING)) // 1.2 detected from the URL
              .tokenUrl(fake.tokenUrl())
              .credentials(Credentials.clientCredentials(fake.clientId(), fake.clientSecret()))
              .build();
      assertThat(sis.version()).isEqualTo(OneRosterVersion.V1_2);
      assertThat(sis.serviceUrl(Service.GRADEBOOK)).hasToString(fake.serviceUrl(Service.GRADEBOOK));
      assertThat(sis.teacherClasses(fake.teacherEmail())).isNotEmpty();
    }
  }
}
