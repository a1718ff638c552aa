#pragma once
// Letters (reminder, dunning levels 1-3) and statements of account drawn from a
// LetterContent (services/document_service.h) with the texts of the customer's language
// (letter_templates.h) and written as PDF (pdf_document.h). Money and dates follow the
// letter's language, not the user's.

#include "services/document_service.h"

#include <QByteArray>
#include <QString>

namespace ardesk::documents {

// The letter as Qt rich text (what renderLetter lays out).
QString letterHtml(const LetterContent &content);
QByteArray renderLetter(const LetterContent &content);

// "ACME/01 x" -> "ACME-01-x": letters, digits, '-', '_' and '.' kept, anything else '-'.
QString fileNameSafe(const QString &text);
// <customer_code>-statement-<as_of>.pdf, <customer_code>-<kind>-<level>-<as_of>.pdf
QString letterFileName(const LetterContent &content);

} // namespace ardesk::documents
