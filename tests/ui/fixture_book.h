#pragma once
// A small, realistic book for the UI tests and, when no demo generator is available, for
// the screenshots: two dozen customers in five currencies with two collectors, invoices
// over the last months (some paid, some partly, some overdue), payments applied oldest
// first, cash left on account and one reversed payment. Built only through the services,
// as a user's actions would build it. Dates are relative to `today`.

#include "services/auth_service.h"
#include "services/book_service.h"
#include "services/ledger_service.h"

#include <QDate>
#include <QString>

#include <array>

namespace ardesk::testing {

struct FixtureOptions final
{
    QDate today = QDate::currentDate();
    int invoicesPerCustomer = 4; // 24 customers: 96 invoices; 10 or more: over 200 invoices
};

struct FixtureCustomer final
{
    const char *code;
    const char *name;
    const char *currency;
    const char *timeZone;
    const char *country;
    const char *language;
};

inline constexpr std::array<FixtureCustomer, 24> kFixtureCustomers{{
        {"C1001", "Nordic Timber AB", "SEK", "Europe/Stockholm", "SE", "sv"},
        {"C1002", "Nordlys Shipping AB", "SEK", "Europe/Stockholm", "SE", "sv"},
        {"C1003", "Acme Industrial GmbH", "EUR", "Europe/Berlin", "DE", "de"},
        {"C1004", "Brauerei Köhler GmbH", "EUR", "Europe/Berlin", "DE", "de"},
        {"C1005", "Česká Strojírna s.r.o.", "CZK", "Europe/Prague", "CZ", "cs"},
        {"C1006", "Boulangerie Dupont SARL", "EUR", "Europe/Paris", "FR", "fr"},
        {"C1007", "Atlantic Freight Inc.", "USD", "America/New_York", "US", "en"},
        {"C1008", "Harbor Lights LLC", "USD", "America/Chicago", "US", "en"},
        {"C1009", "Pacific Crest Foods Inc.", "USD", "America/Los_Angeles", "US", "en"},
        {"C1010", "Alpine Optics AG", "CHF", "Europe/Zurich", "CH", "de"},
        {"C1011", "Praha Logistika a.s.", "CZK", "Europe/Prague", "CZ", "cs"},
        {"C1012", "Lyon Textiles SA", "EUR", "Europe/Paris", "FR", "fr"},
        {"C1013", "Göteborg Marine AB", "SEK", "Europe/Stockholm", "SE", "sv"},
        {"C1014", "Rhein Chemie GmbH", "EUR", "Europe/Berlin", "DE", "de"},
        {"C1015", "Bavaria Tools GmbH", "EUR", "Europe/Berlin", "DE", "de"},
        {"C1016", "Midwest Grain Co.", "USD", "America/Chicago", "US", "en"},
        {"C1017", "Sunset Media LLC", "USD", "America/Los_Angeles", "US", "en"},
        {"C1018", "Baltic Amber OÜ", "EUR", "Europe/Tallinn", "EE", "en"},
        {"C1019", "Vltava Paper s.r.o.", "CZK", "Europe/Prague", "CZ", "cs"},
        {"C1020", "Provence Olive SARL", "EUR", "Europe/Paris", "FR", "fr"},
        {"C1021", "Stockholm Design AB", "SEK", "Europe/Stockholm", "SE", "sv"},
        {"C1022", "Hamburg Port Services GmbH", "EUR", "Europe/Berlin", "DE", "de"},
        {"C1023", "Toulouse Aero Parts SAS", "EUR", "Europe/Paris", "FR", "fr"},
        {"C1024", "Brno Electric a.s.", "CZK", "Europe/Prague", "CZ", "cs"},
}};

// What the tests know about the fixture without reading it back.
struct FixtureFacts final
{
    int customers = 0;
    int invoices = 0;
    int payments = 0; // including the reversed one
};

namespace detail {
template<typename T>
Status check(const Result<T> &result, const QString &what)
{
    if (!result)
        return std::unexpected(Error{result.error().code, what + QStringLiteral(": ") + result.error().message});
    return {};
}
} // namespace detail

// Creates the book at `path` (which must not exist) and fills it.
inline Result<FixtureFacts> buildFixtureBook(const QString &path, const FixtureOptions &options = {})
{
    using detail::check;
    auto book = BookService::create(path);
    if (!book)
        return std::unexpected(book.error());
    auto session = BookService::localSession(**book);
    if (!session)
        return std::unexpected(session.error());
    LedgerService ledger(**session);
    UserService users(**session);
    FixtureFacts facts;

    const auto anna = users.add(QStringLiteral("anna"), QStringLiteral("Anna Berg"), Role::Collector);
    if (auto ok = check(anna, QStringLiteral("user anna")); !ok)
        return std::unexpected(ok.error());
    const auto jonas = users.add(QStringLiteral("jonas"), QStringLiteral("Jonas Novák"), Role::Collector);
    if (auto ok = check(jonas, QStringLiteral("user jonas")); !ok)
        return std::unexpected(ok.error());

    quint32 seed = 20260630;
    auto next = [&seed](quint32 below) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % below;
    };

    int number = 1;
    for (std::size_t c = 0; c < kFixtureCustomers.size(); ++c) {
        const FixtureCustomer &spec = kFixtureCustomers[c];
        Customer customer;
        customer.code = QString::fromUtf8(spec.code);
        customer.name = QString::fromUtf8(spec.name);
        customer.currency = QString::fromLatin1(spec.currency);
        customer.termsDays = 30;
        customer.timeZone = QString::fromLatin1(spec.timeZone);
        customer.country = QString::fromLatin1(spec.country);
        customer.language = QString::fromLatin1(spec.language);
        const MinorUnits scale = customer.currency == u"CZK" ? 20 : customer.currency == u"SEK" ? 10 : 1;
        if (c % 3 != 2)
            customer.creditLimit = MinorUnits(25'000'00) * scale * (1 + MinorUnits(c % 4));
        if (c % 4 != 3)
            customer.collectorId = c % 2 == 0 ? *anna : *jonas;
        customer.email = QStringLiteral("ap@%1.example").arg(customer.code.toLower());
        if (auto added = ledger.addCustomer(customer); !added)
            return std::unexpected(added.error());
        ++facts.customers;

        // Invoices, oldest first; C1001 gets round numbers the tests check exactly.
        MinorUnits total = 0;
        for (int i = 0; i < options.invoicesPerCustomer; ++i) {
            Invoice invoice;
            invoice.number = QStringLiteral("INV-%1").arg(number++, 5, 10, QLatin1Char('0'));
            const int age = (options.invoicesPerCustomer - i) * 27 + int(next(9));
            invoice.issueDate = options.today.addDays(-age);
            invoice.dueDate = invoice.issueDate.addDays(customer.termsDays);
            invoice.amount = c == 0 ? (i == 0 ? 1'250'00 : 3'400'50 + 1'000'00 * (i - 1))
                                    : (MinorUnits(150'00) + MinorUnits(next(9'000'00))) * scale;
            total += invoice.amount;
            if (auto posted = ledger.postInvoice(invoice, customer.code); !posted)
                return std::unexpected(posted.error());
            ++facts.invoices;
        }

        // Payments: most customers paid their oldest invoice (C1001: 1,000.00 against it);
        // every fifth overpaid (cash on account); every seventh paid nothing.
        if (c % 7 == 6)
            continue;
        PaymentInput payment;
        payment.customerCode = customer.code;
        payment.receivedDate = options.today.addDays(-int(next(20)) - 3);
        payment.method = c % 3 == 0 ? QStringLiteral("wire")
                : c % 3 == 1        ? QStringLiteral("check")
                                    : QStringLiteral("card");
        payment.reference = QStringLiteral("PAY-%1").arg(7000 + int(c));
        payment.apply = PaymentInput::Apply::OldestDueFirst;
        payment.amount = c == 0 ? 1'000'00 : (c % 5 == 4 ? total + 500'00 * scale : total / 3);
        auto posted = ledger.postPayment(payment);
        if (!posted)
            return std::unexpected(posted.error());
        ++facts.payments;
    }

    // A payment posted to the wrong customer and reversed: listed, greyed, not cash.
    PaymentInput mistaken;
    mistaken.customerCode = QStringLiteral("C1003");
    mistaken.receivedDate = options.today.addDays(-2);
    mistaken.amount = 999'00;
    mistaken.method = QStringLiteral("wire");
    mistaken.reference = QStringLiteral("PAY-7999");
    auto posted = ledger.postPayment(mistaken);
    if (!posted)
        return std::unexpected(posted.error());
    ++facts.payments;
    if (auto reversed = ledger.reversePayment(posted->paymentId, options.today.addDays(-1),
                                              QStringLiteral("posted to the wrong customer"));
        !reversed)
        return std::unexpected(reversed.error());
    return facts;
}

} // namespace ardesk::testing
