#pragma once
// Reads an ISO 20022 camt.053 bank-to-customer statement (QXmlStreamReader, Qt6::Core).
// Callable on raw bytes (fuzz-ready): no file access, no exceptions, no std::expected.
//
// Accepted: a Document in the namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN
// for NN 02 to 13 (tested with 02 and 08). Every BkToCstmrStmt/Stmt is read; each Ntry
// becomes one BankEntry (a batch entry with several TxDtls is one entry, its remittance
// texts joined). What is read per entry is listed in docs/formats.md.
//
// Refused (problems name the line and the element): XML that is not well formed or is
// truncated, another root element or namespace, an Amt without a Ccy attribute or with
// a bad amount, an entry without amount, credit/debit indicator, booking date or any
// reference, and an entry reference used twice in the file.

#include "bank_statement.h"

#include <QByteArray>

namespace ardesk {

// The namespaces accepted, e.g. "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08".
bool isSupportedCamt053Namespace(QStringView namespaceUri);

// True when data looks like a camt.053 document (for format detection): an XML start
// with a camt.053 namespace in the first 4 KiB.
bool looksLikeCamt053(const QByteArray &data);

BankFileRead readCamt053(const QByteArray &data);

} // namespace ardesk
