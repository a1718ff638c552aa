#pragma once
// What letters, statements and payment-plan agreements print besides their template
// (docs/documents.md "Sender and payment instructions"): the sender's name and address, the
// payment instructions (one text for every language, and optionally one per letter language,
// since a Czech letter should not tell the customer how to pay in English), the pay-by days
// and whether dunning letters show late-payment interest. Book settings (table settings),
// read by everyone who reads customers, changed by change_settings, audited.

#include "document_service.h"

#include <QString>

#include <map>

namespace ardesk {

class DocumentRepository;
class Session;

// Days from a letter's date to its pay-by date when the book has no setting.
inline constexpr int kDefaultPayByDays = 10;
inline constexpr int kMaxPayByDays = 365;
inline constexpr int kMaxDocumentSettingLength = 2000;

struct DocumentSettings final {
    QString sender;              // lines: company name and address
    QString paymentInstructions; // every language without its own
    std::map<QString, QString> paymentInstructionsByLanguage; // documentLanguages() -> text; empty: the default
    int payByDays = kDefaultPayByDays;
    bool showInterest = true; // dunning letters show late-payment interest

    bool operator==(const DocumentSettings &) const = default;
};

// The payment instructions a letter in `language` prints: the language's own text when set,
// else the text for every language.
QString documentPaymentInstructions(DocumentRepository &documents, const QString &language);

class DocumentSettingsService final
{
public:
    explicit DocumentSettingsService(Session &session) : m_session(session) { }

    Result<DocumentSettings> settings() const; // view_customers
    // change_settings; pay-by days 0..365, texts at most 2,000 characters each; only what
    // changed is written, one audit entry (document_settings.set) naming the changed keys.
    Result<void> save(const DocumentSettings &settings);

private:
    Session &m_session;
};

} // namespace ardesk
