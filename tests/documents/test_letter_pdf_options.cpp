// The page options every letter to a customer shares (letterPdfOptions: the dunning letters,
// statements and plan agreements set them up in one place): the subject as the PDF's title,
// the sender's first line and the document's title in the footer, the page label as given
// (its {page} and {pages} left for the PDF writer) and the training watermark only when asked.

#include "documents/pdf_document.h"

#include <gtest/gtest.h>

using namespace ardesk::documents;

TEST(LetterPdfOptions, footerPageLabelAndWatermark)
{
    const PdfOptions withSender =
            letterPdfOptions(QStringLiteral("Reminder: INV-1"), QStringLiteral("Reminder"), QDate(2026, 5, 31),
                             QStringLiteral("  ACME Ltd.  \nMain Street 1\nPrague"),
                             QStringLiteral("Page {page} of {pages}"), QString());
    EXPECT_EQ(withSender.title, QStringLiteral("Reminder: INV-1"));
    EXPECT_EQ(withSender.date, QDate(2026, 5, 31));
    EXPECT_EQ(withSender.footer, QStringLiteral("ACME Ltd. · Reminder"));
    EXPECT_EQ(withSender.pageLabel, QStringLiteral("Page {page} of {pages}"));
    EXPECT_TRUE(withSender.watermark.isEmpty());
    EXPECT_FALSE(withSender.landscape);

    const PdfOptions noSender = letterPdfOptions(QStringLiteral("Agreement"), QStringLiteral("Payment plan"),
                                                 QDate(2026, 6, 1), QStringLiteral("\nsecond line only"),
                                                 QStringLiteral("{page}/{pages}"), QStringLiteral("TRAINING"));
    EXPECT_EQ(noSender.footer, QStringLiteral("Payment plan"));
    EXPECT_EQ(noSender.watermark, QStringLiteral("TRAINING"));
}
