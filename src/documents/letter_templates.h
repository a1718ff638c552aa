#pragma once
// The texts of letters and statements, as data: one set per language (en, de, fr, sv, cs)
// with the labels every document shares and the texts of each template kind (reminder,
// dunning1, dunning2, dunning3, statement). A user's template (letter_templates.body for
// the kind and language) is written in the same section format and replaces only the
// sections it contains:
//
//   [title]              the document's heading
//   [subject]            the subject line
//   [opening]            greeting with a contact person ({contact})
//   [opening_no_contact] greeting without one
//   [body]               paragraphs, separated by an empty line
//   [closing]            before the sender's name
//   [label.NAME]         table headings and labels (label.invoice, label.balance, ...)
//
// Placeholders: {customer_name} {customer_code} {contact} {as_of} {pay_by} {period_start}
// {overdue} {balance} {open_total} {sender}. docs/documents.md lists every label.

#include <QHash>
#include <QString>

namespace ardesk::documents {

using TemplateTexts = QHash<QString, QString>;

// "[key]\ntext\n[key2]..." -> {key: text}; text trimmed; lines before the first key ignored.
TemplateTexts parseTemplateSections(const QString &text);
// The built-in texts of a template kind in a language (labels included), then the
// sections of `userTemplate` on top. Unknown languages use English.
TemplateTexts letterTexts(const QString &templateKind, const QString &language, const QString &userTemplate = {});
// The built-in template of a kind and language in the section format (to start a user's own).
QString builtInTemplate(const QString &templateKind, const QString &language);
// Replaces {name} by values[name]; unknown placeholders stay as they are.
QString fillPlaceholders(QString text, const QHash<QString, QString> &values);

} // namespace ardesk::documents
