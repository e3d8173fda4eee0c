module com.example.lms {
  requires org.oneroster4j;
}
