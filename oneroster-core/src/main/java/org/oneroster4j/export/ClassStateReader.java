package org.oneroster4j.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.OneRosterServiceException;
import org.oneroster4j.internal.endpoint.SisIds;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.SchoolClass;
import org.oneroster4j.model.User;
import org.oneroster4j.spi.GradingPeriodPolicy;
import org.oneroster4j.spi.LineItemRules;

/**
 * Reads what planning needs of each class (lineItems, results, roster, and categories, grading
 * periods or the class itself when the vendor's rules, the version or the class's assignments need
 * them: a OneRoster 1.1 class none of whose assignments names a category reads no categories)
 * through the {@link OneRosterClient}. Categories of the whole SIS and grading periods per term are
 * read once per export and shared by its classes.
 */
final class ClassStateReader {
  private final OneRosterClient client;
  private final Map<String, List<AcademicSession>> gradingPeriodsByTerm = new ConcurrentHashMap<>();
  private volatile List<Category> allCategories;

  ClassStateReader(OneRosterClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Starts reading what planning needs for one class on {@code executor}, each collection as its
   * own task: they do not depend on each other, so a class takes as long as its slowest read rather
   * than the sum of them, and a re-export, which mostly reads, keeps the connection busy.
   */
  ClassRead read(GradebookClass gc, LineItemRules rules, ExecutorService executor) {
    String classSourcedId = gc.classSourcedId();
    boolean v12 = client.version() == OneRosterVersion.V1_2;
    boolean pickPeriods = rules.gradingPeriodPolicy() == GradingPeriodPolicy.PICK_BY_DUE_DATE;
    // 1.2 line items carry the class's school; the class is read once for that and for its terms.
    CompletableFuture<SchoolClass> schoolClass =
        v12 || pickPeriods
            ? CompletableFuture.supplyAsync(() -> client.schoolClass(classSourcedId), executor)
            : CompletableFuture.completedFuture(null);
    CompletableFuture<List<Category>> categories =
        !DesiredState.needsSisCategories(gc, rules, client.version())
            ? CompletableFuture.completedFuture(List.of())
            : CompletableFuture.supplyAsync(() -> categories(classSourcedId), executor);
    CompletableFuture<List<AcademicSession>> gradingPeriods =
        pickPeriods
            ? schoolClass.thenApplyAsync(this::gradingPeriods, executor)
            : CompletableFuture.completedFuture(List.of());
    int max = client.maxListItems();
    CompletableFuture<List<LineItem>> lineItems =
        CompletableFuture.supplyAsync(
            () -> client.lineItemsForClass(classSourcedId).toList(max), executor);
    CompletableFuture<List<Result>> results =
        CompletableFuture.supplyAsync(
            () -> client.resultsForClass(classSourcedId).toList(max), executor);
    CompletableFuture<List<User>> students =
        CompletableFuture.supplyAsync(
            () -> client.studentsForClass(classSourcedId).toList(max), executor);
    return new ClassRead(lineItems, results, students, categories, gradingPeriods, schoolClass);
  }

  /** A class being read: one future per collection. */
  record ClassRead(
      CompletableFuture<List<LineItem>> lineItems,
      CompletableFuture<List<Result>> results,
      CompletableFuture<List<User>> students,
      CompletableFuture<List<Category>> categories,
      CompletableFuture<List<AcademicSession>> gradingPeriods,
      CompletableFuture<SchoolClass> schoolClass) {

    /**
     * Completes once every part has: with the class's state, or with the failure of the first
     * failed part in the order {@link #get} waits for them, whichever finished first.
     */
    CompletableFuture<SisClassState> state() {
      return CompletableFuture.allOf(
              lineItems, results, students, categories, gradingPeriods, schoolClass)
          .handle(
              (done, failure) -> {
                try {
                  return get();
                } catch (ExecutionException e) {
                  throw new CompletionException(e.getCause());
                } catch (InterruptedException e) {
                  // Every part is done: get() does not wait.
                  Thread.currentThread().interrupt();
                  throw new CompletionException(e);
                }
              });
    }

    /** Waits for every part; the first failure's cause is the ExecutionException's cause. */
    SisClassState get() throws InterruptedException, ExecutionException {
      SchoolClass c = schoolClass.get();
      return new SisClassState(
          lineItems.get(),
          results.get(),
          students.get(),
          categories.get(),
          gradingPeriods.get(),
          c == null ? null : c.school());
    }

    /** Stops the parts not yet started. */
    void cancel() {
      for (CompletableFuture<?> f :
          List.of(lineItems, results, students, categories, gradingPeriods, schoolClass)) {
        f.cancel(true);
      }
    }
  }

  private List<Category> categories(String classSourcedId) {
    try {
      return client.categoriesForClass(classSourcedId).toList(client.maxListItems());
    } catch (OneRosterServiceException e) {
      // /classes/{id}/categories is a 1.2 endpoint some 1.1 SISs (Skyward, Aspen) lack; the
      // global list is the portable fallback.
      int s = e.httpStatus();
      if (s != 400 && s != 404 && s != 405 && s != 501) {
        throw e;
      }
    }
    List<Category> all = allCategories;
    if (all == null) {
      all = client.categories().toList(client.maxListItems());
      allCategories = all;
    }
    return all;
  }

  private List<AcademicSession> gradingPeriods(SchoolClass c) {
    List<AcademicSession> out = new ArrayList<>();
    for (GuidRef term : c.terms()) {
      SisIds.require(term.sourcedId(), "term", "the terms of class " + c.sourcedId());
      out.addAll(
          gradingPeriodsByTerm.computeIfAbsent(
              term.sourcedId(),
              t -> client.gradingPeriodsForTerm(t).toList(client.maxListItems())));
    }
    return out;
  }
}
