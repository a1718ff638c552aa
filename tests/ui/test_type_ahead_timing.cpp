// A measurement, not a test (disabled, never run by ctest; tests never assert a time):
// what one keystroke in the payment dialog's customer field costs on a big book. The
// dialog runs BrowseService::customers with the typed text and a window of
// PaymentDialog::kSuggestionCount rows after each pause in typing; this times exactly that
// call for every prefix of a few typed words (a code, the start of a name, a part of a name
// in the middle, and text nobody matches), on the book named by ARDESK_TYPEAHEAD_BOOK:
//
//   ardesk-cli --book /tmp/big.ardesk init && ardesk-cli --book /tmp/big.ardesk demo --customers 50000
//   ARDESK_TYPEAHEAD_BOOK=/tmp/big.ardesk QT_QPA_PLATFORM=offscreen build/tests/ardesk_ui_tests
//       --gtest_also_run_disabled_tests --gtest_filter='TypeAheadTiming.*'   (one command line)
//
// docs/performance.md has the figures.

#include "services/book_service.h"
#include "services/browse_service.h"
#include "ui/payments/payment_dialog.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

namespace ardesk {
namespace {

TEST(TypeAheadTiming, DISABLED_perKeystrokeOnABigBook)
{
    const QString path = qEnvironmentVariable("ARDESK_TYPEAHEAD_BOOK");
    if (path.isEmpty())
        GTEST_SKIP() << "set ARDESK_TYPEAHEAD_BOOK to a big book";
    auto book = BookService::open(path);
    ASSERT_TRUE(book) << book.error().message.toStdString();
    auto session = BookService::localSession(**book);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    BrowseService browse(**session);
    const QDate today = QDate::currentDate();
    const qint64 customers = browse.customerCount({}).value_or(0);
    std::printf("book: %s, %lld customers\n", qPrintable(path), static_cast<long long>(customers));

    // A real code and a real name of the book, so the prefixes find something.
    CustomerListSort byCode;
    const auto middle = browse.customers({}, byCode, today, RowWindow{customers / 2, 1});
    ASSERT_TRUE(middle && !middle->empty());
    const QString code = middle->front().code;
    const QString name = middle->front().name;
    const QString inside = name.mid(std::max<qsizetype>(1, name.size() / 3), 5).trimmed();
    struct Typed
    {
        const char *what;
        QString text;
    };
    const std::vector<Typed> words{{"code prefix", code.toLower()},
                                   {"name prefix", name.left(8)},
                                   {"part of a name", inside},
                                   {"matches nobody", QStringLiteral("qxzjw")}};
    for (const Typed &word : words) {
        std::printf("%-16s \"%s\"\n", word.what, qPrintable(word.text));
        double worst = 0;
        for (qsizetype length = 1; length <= word.text.size(); ++length) {
            CustomerListFilter filter;
            filter.search = word.text.left(length);
            std::vector<double> runs;
            qsizetype found = 0;
            for (int run = 0; run < 7; ++run) {
                QElapsedTimer timer;
                timer.start();
                const auto rows = browse.customers(filter, {}, today, RowWindow{0, PaymentDialog::kSuggestionCount});
                runs.push_back(double(timer.nsecsElapsed()) / 1e6);
                ASSERT_TRUE(rows);
                found = qsizetype(rows->size());
            }
            std::sort(runs.begin(), runs.end());
            worst = std::max(worst, runs[runs.size() / 2]);
            std::printf("  %-12s median %7.2f ms  max %7.2f ms  (%lld shown)\n", qPrintable(filter.search),
                        runs[runs.size() / 2], runs.back(), static_cast<long long>(found));
        }
        std::printf("  worst median per keystroke: %.2f ms\n", worst);
    }
}

} // namespace
} // namespace ardesk
