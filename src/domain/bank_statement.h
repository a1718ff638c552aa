#pragma once
// A bank statement as read from a file (camt.053 or a mapped CSV): its entries, plain
// values. Also the ISO 11649 creditor reference (RF) helpers.
//
// Error style: like csv_reader.h, no std::expected here (the fuzz targets are built with
// clang 14, whose concepts level hides std::expected in libstdc++ 12) and no exceptions:
// readers return a BankFileRead whose problems list names the line and the element;
// when problems is non-empty the statement must not be used.

#include "money.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace ardesk {

enum class CreditDebit { Credit, Debit };

struct BankEntry final {
    qsizetype line = 0;          // 1-based line where the entry starts in the file
    QString entryRef;            // unique within the file (see docs/formats.md)
    QDate bookingDate;
    Money amount;                // always positive; direction says which way
    CreditDebit direction = CreditDebit::Credit;
    bool booked = true;          // camt status BOOK (or none given); pending entries are skipped
    QString debtorName;
    QString debtorAccount;       // IBAN (or other id), upper case without spaces
    QString remittance;          // unstructured text (several Ustrd joined by a space)
    QString creditorReference;   // structured reference (Strd/CdtrRefInf/Ref), as given

    bool isIncomingPayment() const { return direction == CreditDebit::Credit && booked; }
};

struct BankStatement final {
    QString statementRef; // Stmt/Id, or the CSV file's name
    QString account;      // the statement's own account (IBAN), may be empty
    std::vector<BankEntry> entries;
};

struct BankFileProblem final {
    qsizetype line = 0; // 0: the file as a whole
    QString element;    // XML element or CSV column
    QString reason;
};

struct BankFileRead final {
    BankStatement statement;
    std::vector<BankFileProblem> problems; // non-empty: the file is refused

    bool ok() const { return problems.empty(); }
};

// "FILE:LINE: element: reason" (LINE and element left out when unknown).
QString formatBankFileProblem(const QString &file, const BankFileProblem &problem);

// ISO 11649 creditor references: "RF" + 2 check digits + 1..21 letters or digits.
// Spaces are ignored and letters may be lower case.
QString normalizeCreditorReference(QStringView reference); // upper case, no spaces
bool looksLikeCreditorReference(QStringView reference);    // RF + 2 digits + body, any check
bool isValidCreditorReference(QStringView reference);      // and the mod-97 check holds
// The reference for a body ("RF" + check digits + body); empty when the body is not
// 1..21 letters or digits.
QString makeCreditorReference(QStringView body);
// The body of a reference (after RF and the check digits); empty when it does not look like one.
QString creditorReferenceBody(QStringView reference);

// Account numbers (IBAN or other) compared upper case without spaces.
QString normalizeAccount(QStringView account);

} // namespace ardesk
