#include "domain/promise_evaluation.h"

#include <gtest/gtest.h>

#include <vector>

using namespace ardesk;

namespace {

constexpr qint64 customer = 10;
constexpr qint64 otherCustomer = 11;
constexpr int grace = 3;

QDate june(int day)
{
    return QDate(2025, 6, day);
}

// DOMAIN.md: promise of 500 taken 1 June for 10 June.
PromiseToPay domainPromise()
{
    return {.id = 1,
            .customerId = customer,
            .takenOn = june(1),
            .promisedFor = june(10),
            .amount = 500,
            .invoiceId = std::nullopt};
}

ReceivedPayment payment(QDate on, MinorUnits amount, qint64 customerId = customer)
{
    return {.customerId = customerId, .receivedOn = on, .amount = amount, .applications = {}};
}

QList<PromiseEvaluation> evaluate(const std::vector<PromiseToPay> &promises,
                                  const std::vector<ReceivedPayment> &payments, QDate asOf, int graceDays = grace)
{
    Result<QList<PromiseEvaluation>> result = evaluatePromises(promises, payments, graceDays, asOf);
    EXPECT_TRUE(result.has_value()) << (result ? QString() : result.error().message).toStdString();
    return result.value_or(QList<PromiseEvaluation>{});
}

PromiseEvaluation kept(qint64 id, MinorUnits amount, QDate on)
{
    return {.promiseId = id, .status = PromiseStatus::Kept, .counted = amount, .keptOn = on};
}

PromiseEvaluation notKept(qint64 id, PromiseStatus status, MinorUnits counted)
{
    return {.promiseId = id, .status = status, .counted = counted, .keptOn = {}};
}

} // namespace

// gtest prints values of this type on failure; PrintTo is gtest's name for the hook.
namespace ardesk {
// NOLINTNEXTLINE(readability-identifier-naming)
void PrintTo(const PromiseEvaluation &evaluation, std::ostream *out)
{
    *out << "{promise " << evaluation.promiseId << ", " << promiseStatusKey(evaluation.status).toStdString()
         << ", counted " << evaluation.counted << ", kept on " << evaluation.keptOn.toString(Qt::ISODate).toStdString()
         << "}";
}
} // namespace ardesk

TEST(PromiseEvaluation, domainExampleKeptOnTheLastGraceDay)
{
    const auto result = evaluate({domainPromise()}, {payment(june(5), 200), payment(june(13), 300)}, june(30));
    ASSERT_EQ(result.size(), 1);
    EXPECT_EQ(result[0], kept(1, 500, june(13)));
}

TEST(PromiseEvaluation, domainExamplePartiallyKeptAndTheRestFlowsToTheNextPromise)
{
    const PromiseToPay next{.id = 2,
                            .customerId = customer,
                            .takenOn = june(12),
                            .promisedFor = june(20),
                            .amount = 300,
                            .invoiceId = std::nullopt};
    const auto result = evaluate({domainPromise(), next}, {payment(june(5), 200), payment(june(14), 300)}, june(30));
    ASSERT_EQ(result.size(), 2);
    EXPECT_EQ(result[0], notKept(1, PromiseStatus::PartiallyKept, 200));
    EXPECT_EQ(result[1], kept(2, 300, june(14)));
}

TEST(PromiseEvaluation, domainExamplePartiallyKeptWithoutANextPromise)
{
    const auto result = evaluate({domainPromise()}, {payment(june(5), 200), payment(june(14), 300)}, june(30));
    ASSERT_EQ(result.size(), 1);
    EXPECT_EQ(result[0], notKept(1, PromiseStatus::PartiallyKept, 200));
}

TEST(PromiseEvaluation, paymentBeforeThePromiseWasTakenDoesNotCount)
{
    const auto result = evaluate({domainPromise()}, {payment(QDate(2025, 5, 31), 500)}, june(30));
    EXPECT_EQ(result[0], notKept(1, PromiseStatus::Broken, 0));
}

TEST(PromiseEvaluation, paymentOnTheDayTakenCounts)
{
    const auto result = evaluate({domainPromise()}, {payment(june(1), 500)}, june(1));
    EXPECT_EQ(result[0], kept(1, 500, june(1)));
}

TEST(PromiseEvaluation, paidOnThePromisedDate)
{
    const auto result = evaluate({domainPromise()}, {payment(june(10), 500)}, june(10));
    EXPECT_EQ(result[0], kept(1, 500, june(10)));
}

TEST(PromiseEvaluation, paidOnTheLastGraceDay)
{
    const auto result = evaluate({domainPromise()}, {payment(june(13), 500)}, june(13));
    EXPECT_EQ(result[0], kept(1, 500, june(13)));
}

TEST(PromiseEvaluation, paidOneDayLateIsBroken)
{
    const auto result = evaluate({domainPromise()}, {payment(june(14), 500)}, june(14));
    EXPECT_EQ(result[0], notKept(1, PromiseStatus::Broken, 0));
}

TEST(PromiseEvaluation, withoutGraceDaysTheDayAfterThePromisedDateIsLate)
{
    const auto result = evaluate({domainPromise()}, {payment(june(11), 500)}, june(30), 0);
    EXPECT_EQ(result[0], notKept(1, PromiseStatus::Broken, 0));
}

TEST(PromiseEvaluation, pendingUntilThePromisedDatePlusGraceHasPassed)
{
    const std::vector<ReceivedPayment> partial{payment(june(5), 200)};
    EXPECT_EQ(evaluate({domainPromise()}, {}, june(1))[0], notKept(1, PromiseStatus::Pending, 0));
    EXPECT_EQ(evaluate({domainPromise()}, partial, june(8))[0], notKept(1, PromiseStatus::Pending, 200));
    EXPECT_EQ(evaluate({domainPromise()}, partial, june(13))[0], notKept(1, PromiseStatus::Pending, 200));
    EXPECT_EQ(evaluate({domainPromise()}, partial, june(14))[0], notKept(1, PromiseStatus::PartiallyKept, 200));
    EXPECT_EQ(evaluate({domainPromise()}, {}, june(13))[0], notKept(1, PromiseStatus::Pending, 0));
    EXPECT_EQ(evaluate({domainPromise()}, {}, june(14))[0], notKept(1, PromiseStatus::Broken, 0));
}

TEST(PromiseEvaluation, paymentsAfterTheAsOfDateAreNotYetKnown)
{
    const std::vector<ReceivedPayment> payments{payment(june(5), 200), payment(june(9), 300)};
    EXPECT_EQ(evaluate({domainPromise()}, payments, june(8))[0], notKept(1, PromiseStatus::Pending, 200));
    EXPECT_EQ(evaluate({domainPromise()}, payments, june(9))[0], kept(1, 500, june(9)));
}

TEST(PromiseEvaluation, keptAsSoonAsTheAmountIsReachedAndCountedIsCapped)
{
    const auto result = evaluate({domainPromise()},
                                 {payment(june(3), 450), payment(june(6), 400), payment(june(8), 100)}, june(30));
    EXPECT_EQ(result[0], kept(1, 500, june(6)));
}

TEST(PromiseEvaluation, otherCustomersPaymentsDoNotCount)
{
    const auto result = evaluate({domainPromise()}, {payment(june(5), 500, otherCustomer)}, june(30));
    EXPECT_EQ(result[0], notKept(1, PromiseStatus::Broken, 0));
}

TEST(PromiseEvaluation, twoPromisesShareAPaymentEarliestPromisedDateFirst)
{
    // Listed latest first and taken in the opposite order: the promised date decides.
    const PromiseToPay later{.id = 7,
                             .customerId = customer,
                             .takenOn = june(1),
                             .promisedFor = june(20),
                             .amount = 300,
                             .invoiceId = std::nullopt};
    const PromiseToPay earlier{.id = 8,
                               .customerId = customer,
                               .takenOn = june(2),
                               .promisedFor = june(10),
                               .amount = 300,
                               .invoiceId = std::nullopt};
    const auto result = evaluate({later, earlier}, {payment(june(5), 400), payment(june(15), 250)}, june(30));
    ASSERT_EQ(result.size(), 2);
    EXPECT_EQ(result[0], kept(7, 300, june(15))); // 100 on 5 June, 200 of the 250 on 15 June
    EXPECT_EQ(result[1], kept(8, 300, june(5)));
}

TEST(PromiseEvaluation, samePromisedDateIsFilledByTakenDateThenId)
{
    const PromiseToPay takenLater{.id = 1,
                                  .customerId = customer,
                                  .takenOn = june(3),
                                  .promisedFor = june(10),
                                  .amount = 100,
                                  .invoiceId = std::nullopt};
    const PromiseToPay takenFirstHighId{.id = 9,
                                        .customerId = customer,
                                        .takenOn = june(1),
                                        .promisedFor = june(10),
                                        .amount = 100,
                                        .invoiceId = std::nullopt};
    const PromiseToPay takenFirstLowId{.id = 5,
                                       .customerId = customer,
                                       .takenOn = june(1),
                                       .promisedFor = june(10),
                                       .amount = 100,
                                       .invoiceId = std::nullopt};
    const auto result = evaluate({takenLater, takenFirstHighId, takenFirstLowId}, {payment(june(4), 150)}, june(30));
    ASSERT_EQ(result.size(), 3);
    EXPECT_EQ(result[0], notKept(1, PromiseStatus::Broken, 0));
    EXPECT_EQ(result[1], notKept(9, PromiseStatus::PartiallyKept, 50));
    EXPECT_EQ(result[2], kept(5, 100, june(4)));
}

TEST(PromiseEvaluation, aPaymentOutsideTheEarliestPromisesWindowGoesToTheNextOpenOne)
{
    // The earliest promise (for 10 June) was taken on 8 June; a payment on 6 June is
    // within the later promise's window only.
    const PromiseToPay earliest{.id = 1,
                                .customerId = customer,
                                .takenOn = june(8),
                                .promisedFor = june(10),
                                .amount = 100,
                                .invoiceId = std::nullopt};
    const PromiseToPay later{.id = 2,
                             .customerId = customer,
                             .takenOn = june(1),
                             .promisedFor = june(20),
                             .amount = 100,
                             .invoiceId = std::nullopt};
    const auto result = evaluate({earliest, later}, {payment(june(6), 100)}, june(30));
    EXPECT_EQ(result[0], notKept(1, PromiseStatus::Broken, 0));
    EXPECT_EQ(result[1], kept(2, 100, june(6)));
}

TEST(PromiseEvaluation, paymentsOfTheSameDayAreTakenInInputOrder)
{
    // The general promise is the earliest, so the first payment of the day fills it.
    const PromiseToPay general{.id = 1,
                               .customerId = customer,
                               .takenOn = june(1),
                               .promisedFor = june(10),
                               .amount = 100,
                               .invoiceId = std::nullopt};
    PromiseToPay forInvoice = domainPromise();
    forInvoice.id = 2;
    forInvoice.amount = 100;
    forInvoice.invoiceId = 77;
    ReceivedPayment applied = payment(june(7), 100);
    applied.applications = {{.invoiceId = 77, .amount = 100}};
    const ReceivedPayment unapplied = payment(june(7), 100);
    const ReceivedPayment earlierListedLast = payment(june(6), 0);

    const auto unappliedFirst = evaluate({general, forInvoice}, {unapplied, applied, earlierListedLast}, june(30));
    EXPECT_EQ(unappliedFirst[0], kept(1, 100, june(7)));
    EXPECT_EQ(unappliedFirst[1], kept(2, 100, june(7)));

    const auto appliedFirst = evaluate({general, forInvoice}, {applied, unapplied, earlierListedLast}, june(30));
    EXPECT_EQ(appliedFirst[0], kept(1, 100, june(7)));
    EXPECT_EQ(appliedFirst[1], notKept(2, PromiseStatus::Broken, 0));
}

TEST(PromiseEvaluation, paymentsAreTakenByDateWhateverTheInputOrder)
{
    const PromiseToPay first{.id = 1,
                             .customerId = customer,
                             .takenOn = june(1),
                             .promisedFor = june(10),
                             .amount = 100,
                             .invoiceId = std::nullopt};
    PromiseToPay forInvoice = domainPromise();
    forInvoice.id = 2;
    forInvoice.amount = 100;
    forInvoice.invoiceId = 77;
    ReceivedPayment applied = payment(june(7), 100);
    applied.applications = {{.invoiceId = 77, .amount = 100}};
    // Listed after the applied payment but received a day earlier: it fills the general promise.
    const ReceivedPayment earlier = payment(june(6), 100);

    const auto result = evaluate({first, forInvoice}, {applied, earlier}, june(30));
    EXPECT_EQ(result[0], kept(1, 100, june(6)));
    EXPECT_EQ(result[1], kept(2, 100, june(7)));
}

TEST(PromiseEvaluation, invoicePromiseCountsOnlyApplicationsToItsInvoice)
{
    PromiseToPay promise = domainPromise();
    promise.invoiceId = 77;
    ReceivedPayment toOtherInvoice = payment(june(5), 400);
    toOtherInvoice.applications = {{.invoiceId = 78, .amount = 400}};
    ReceivedPayment split = payment(june(6), 600);
    split.applications = {
            {.invoiceId = 78, .amount = 250}, {.invoiceId = 77, .amount = 200}, {.invoiceId = 77, .amount = 150}};
    ReceivedPayment unapplied = payment(june(7), 1'000);

    const auto result = evaluate({promise}, {toOtherInvoice, split, unapplied}, june(30));
    EXPECT_EQ(result[0], notKept(1, PromiseStatus::PartiallyKept, 350));

    ReceivedPayment rest = payment(june(12), 150);
    rest.applications = {{.invoiceId = 77, .amount = 150}};
    const auto completed = evaluate({promise}, {toOtherInvoice, split, unapplied, rest}, june(30));
    EXPECT_EQ(completed[0], kept(1, 500, june(12)));
}

TEST(PromiseEvaluation, aPaymentCountsOnceAcrossInvoiceAndGeneralPromises)
{
    // The general promise is earlier and takes 400 of the 500; the invoice promise gets
    // only what is left although 300 was applied to its invoice.
    const PromiseToPay general{.id = 1,
                               .customerId = customer,
                               .takenOn = june(1),
                               .promisedFor = june(8),
                               .amount = 400,
                               .invoiceId = std::nullopt};
    PromiseToPay forInvoice = domainPromise();
    forInvoice.id = 2;
    forInvoice.amount = 300;
    forInvoice.invoiceId = 77;
    ReceivedPayment paid = payment(june(5), 500);
    paid.applications = {{.invoiceId = 77, .amount = 300}, {.invoiceId = 78, .amount = 200}};

    const auto result = evaluate({general, forInvoice}, {paid}, june(30));
    EXPECT_EQ(result[0], kept(1, 400, june(5)));
    EXPECT_EQ(result[1], notKept(2, PromiseStatus::PartiallyKept, 100));
}

TEST(PromiseEvaluation, twoInvoicePromisesSplitOnePaymentByApplication)
{
    PromiseToPay first = domainPromise();
    first.amount = 300;
    first.invoiceId = 77;
    PromiseToPay second = domainPromise();
    second.id = 2;
    second.amount = 200;
    second.invoiceId = 78;
    ReceivedPayment paid = payment(june(5), 500);
    paid.applications = {{.invoiceId = 77, .amount = 300}, {.invoiceId = 78, .amount = 200}};

    const auto result = evaluate({first, second}, {paid}, june(30));
    EXPECT_EQ(result[0], kept(1, 300, june(5)));
    EXPECT_EQ(result[1], kept(2, 200, june(5)));
}

TEST(PromiseEvaluation, nonPositivePaymentsCountTowardNothing)
{
    const auto result = evaluate({domainPromise()}, {payment(june(5), -200), payment(june(6), 0)}, june(30));
    EXPECT_EQ(result[0], notKept(1, PromiseStatus::Broken, 0));
}

TEST(PromiseEvaluation, malformedInputIsRefused)
{
    const std::vector<ReceivedPayment> none;
    PromiseToPay backwards = domainPromise();
    backwards.promisedFor = QDate(2025, 5, 30);
    EXPECT_FALSE(evaluatePromises(std::vector{backwards}, none, grace, june(30)).has_value());

    PromiseToPay zero = domainPromise();
    zero.amount = 0;
    EXPECT_FALSE(evaluatePromises(std::vector{zero}, none, grace, june(30)).has_value());

    PromiseToPay undated = domainPromise();
    undated.takenOn = QDate();
    EXPECT_FALSE(evaluatePromises(std::vector{undated}, none, grace, june(30)).has_value());

    const std::vector twice{domainPromise(), domainPromise()};
    const auto duplicate = evaluatePromises(twice, none, grace, june(30));
    ASSERT_FALSE(duplicate.has_value());
    EXPECT_EQ(duplicate.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(duplicate.error().message.contains(QLatin1String("promise 1")));

    EXPECT_FALSE(evaluatePromises(std::vector{domainPromise()}, none, -1, june(30)).has_value());
    EXPECT_FALSE(evaluatePromises(std::vector{domainPromise()}, none, grace, QDate()).has_value());
}

TEST(PromiseEvaluation, noPromisesNoEvaluations)
{
    EXPECT_TRUE(evaluate({}, {payment(june(5), 500)}, june(30)).isEmpty());
}

TEST(PromiseEvaluation, statusKeysAndLabels)
{
    EXPECT_EQ(promiseStatusKey(PromiseStatus::PartiallyKept), QStringLiteral("partially_kept"));
    EXPECT_EQ(promiseStatusKey(PromiseStatus::Broken), QStringLiteral("broken"));
    EXPECT_EQ(promiseStatusLabel(PromiseStatus::Kept), QStringLiteral("Kept"));
}
