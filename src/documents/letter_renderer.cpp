#include "letter_renderer.h"

#include "document_format.h"
#include "letter_templates.h"
#include "pdf_document.h"

#include <QStringList>

namespace ardesk::documents {

namespace {

QString bucketLabel(const AgingBuckets &buckets, int bucket, const TemplateTexts &texts)
{
    if (bucket == 0)
        return texts.value(QStringLiteral("label.current"));
    const auto &edges = buckets.edges();
    if (bucket <= static_cast<int>(edges.size())) {
        const int from = bucket == 1 ? 1 : edges[bucket - 2] + 1;
        return fillPlaceholders(texts.value(QStringLiteral("label.days_range")),
                                {{QStringLiteral("from"), QString::number(from)},
                                 {QStringLiteral("to"), QString::number(edges[bucket - 1])}});
    }
    return fillPlaceholders(texts.value(QStringLiteral("label.days_over")),
                            {{QStringLiteral("from"), QString::number(edges.back())}});
}

struct Texts
{
    TemplateTexts texts;
    QHash<QString, QString> values;
    QString get(const QString &key) const { return fillPlaceholders(texts.value(key), values); }
    QString label(const QString &name) const { return texts.value(QStringLiteral("label.") + name); }
};

Texts textsFor(const LetterContent &c)
{
    Texts t;
    t.texts = letterTexts(c.templateKind, c.language, c.templateOverride.value_or(QString()));
    const QLocale locale = documentLocale(c.language);
    const QString currency = c.customer.currency;
    t.values = {{QStringLiteral("customer_name"), c.customer.name},
                {QStringLiteral("customer_code"), c.customer.code},
                {QStringLiteral("contact"), c.contact ? c.contact->name : c.customer.name},
                {QStringLiteral("as_of"), formatDate(c.asOf, locale)},
                {QStringLiteral("pay_by"), formatDate(c.payBy, locale)},
                {QStringLiteral("period_start"), formatDate(c.periodStart.isValid() ? c.periodStart : c.asOf, locale)},
                {QStringLiteral("overdue"), formatMoney(c.overdueTotal, currency, locale)},
                {QStringLiteral("balance"), formatMoney(c.balance(), currency, locale)},
                {QStringLiteral("open_total"), formatMoney(c.openTotal, currency, locale)},
                {QStringLiteral("sender"), c.sender.section(u'\n', 0, 0)}};
    return t;
}

// "INV-1 (1/3)" for a part of an invoice with instalments (label.invoice_part), else the number.
QString itemNumber(const DocumentOpenItem &item, const Texts &t)
{
    if (item.parts == 0)
        return item.number;
    return fillPlaceholders(t.label(QStringLiteral("invoice_part")),
                            {{QStringLiteral("invoice"), item.number},
                             {QStringLiteral("part"), QString::number(item.part)},
                             {QStringLiteral("parts"), QString::number(item.parts)}});
}

} // namespace

QString letterHtml(const LetterContent &c)
{
    const Texts t = textsFor(c);
    const QLocale locale = documentLocale(c.language);
    const QString currency = c.customer.currency;
    auto money = [&](MinorUnits minor) { return formatAmount(minor, currency, locale); };
    auto withCurrency = [&](const QString &label) { return QStringLiteral("%1 (%2)").arg(label, currency); };

    QString html = QStringLiteral("<html><body>");
    // Heading: sender left, title, date and customer number right.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">");
    if (!c.sender.isEmpty()) {
        const QStringList lines = c.sender.split(u'\n');
        html += QStringLiteral("<b>%1</b>").arg(lines.first().trimmed().toHtmlEscaped());
        if (lines.size() > 1)
            html += QStringLiteral("<br/><span style=\"color:#444444;\">%1</span>")
                            .arg(htmlLines(lines.mid(1).join(u'\n')));
    }
    html += QStringLiteral("</td><td align=\"right\" valign=\"top\">"
                           "<span style=\"font-size:15pt; font-weight:bold; color:#1f3a5a;\">%1</span><br/>"
                           "%2: %3<br/>%4: %5</td></tr></table>")
                    .arg(t.get(QStringLiteral("title")).toHtmlEscaped(),
                         t.label(QStringLiteral("date")).toHtmlEscaped(), formatDate(c.asOf, locale),
                         t.label(QStringLiteral("customer_code")).toHtmlEscaped(), c.customer.code.toHtmlEscaped());

    // The customer's address block.
    html += QStringLiteral("<p style=\"margin-top:18px;\"><b>%1</b>").arg(c.customer.name.toHtmlEscaped());
    if (c.contact && !c.contact->name.isEmpty())
        html += QStringLiteral("<br/>%1 %2")
                        .arg(t.label(QStringLiteral("attention")).toHtmlEscaped(), c.contact->name.toHtmlEscaped());
    const QString email = c.contact && !c.contact->email.isEmpty() ? c.contact->email : c.customer.email;
    if (!email.isEmpty())
        html += QStringLiteral("<br/>%1").arg(email.toHtmlEscaped());
    html += QStringLiteral("</p>");

    html += QStringLiteral("<p style=\"margin-top:14px; font-size:11pt;\"><b>%1</b></p>")
                    .arg(t.get(QStringLiteral("subject")).toHtmlEscaped());
    const bool named = c.contact && !c.contact->name.isEmpty();
    html += QStringLiteral("<p>%1</p>")
                    .arg(t.get(named ? QStringLiteral("opening") : QStringLiteral("opening_no_contact"))
                                 .toHtmlEscaped());
    for (const QString &paragraph : t.get(QStringLiteral("body")).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(htmlLines(paragraph));

    // Statement: the period's activity.
    if (c.kind == u"statement") {
        html += QStringLiteral("<p style=\"margin-top:10px;\"><b>%1</b></p>")
                        .arg(fillPlaceholders(t.label(QStringLiteral("activity")),
                                              {{QStringLiteral("from"), formatDate(c.periodStart, locale)},
                                               {QStringLiteral("to"), formatDate(c.asOf, locale)}})
                                     .toHtmlEscaped());
        if (c.activity.empty()) {
            html += QStringLiteral("<p>%1</p>").arg(t.label(QStringLiteral("no_activity")).toHtmlEscaped());
        } else {
            html += tableStart() + QStringLiteral("<tr>") + tableHeaderCell(t.label(QStringLiteral("date")))
                    + tableHeaderCell(t.label(QStringLiteral("type"))) + tableHeaderCell(t.label(QStringLiteral("reference")))
                    + tableHeaderCell(withCurrency(t.label(QStringLiteral("amount"))), true) + QStringLiteral("</tr>");
            for (const DocumentActivity &event : c.activity) {
                const QString type = event.kind == ActivityKind::Invoice ? t.label(QStringLiteral("type_invoice"))
                        : event.kind == ActivityKind::Payment            ? t.label(QStringLiteral("type_payment"))
                                                                         : t.label(QStringLiteral("type_credit"));
                const MinorUnits signedAmount = event.kind == ActivityKind::Invoice ? event.amount : -event.amount;
                html += QStringLiteral("<tr>") + tableCell(formatDate(event.date, locale)) + tableCell(type.toHtmlEscaped())
                        + tableCell(event.reference.toHtmlEscaped()) + tableCell(money(signedAmount), true)
                        + QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
        }
    }

    // Open items.
    html += QStringLiteral("<p style=\"margin-top:10px;\"><b>%1</b></p>")
                    .arg(t.label(QStringLiteral("open_items")).toHtmlEscaped());
    if (c.items.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(t.label(QStringLiteral("no_items")).toHtmlEscaped());
    } else {
        const bool anyDisputed = c.disputedTotal != 0;
        html += tableStart() + QStringLiteral("<tr>") + tableHeaderCell(t.label(QStringLiteral("invoice")))
                + tableHeaderCell(t.label(QStringLiteral("issued"))) + tableHeaderCell(t.label(QStringLiteral("due")))
                + tableHeaderCell(t.label(QStringLiteral("days")), true)
                + tableHeaderCell(withCurrency(t.label(QStringLiteral("amount"))), true)
                + tableHeaderCell(withCurrency(t.label(QStringLiteral("open"))), true);
        if (anyDisputed)
            html += tableHeaderCell(t.label(QStringLiteral("disputed")), true);
        html += QStringLiteral("</tr>");
        for (const DocumentOpenItem &item : c.items) {
            const qint64 days = item.dueDate.daysTo(c.asOf);
            html += QStringLiteral("<tr>") + tableCell(itemNumber(item, t).toHtmlEscaped())
                    + tableCell(formatDate(item.issueDate, locale)) + tableCell(formatDate(item.dueDate, locale))
                    + tableCell(days > 0 ? locale.toString(days) : QString(), true) + tableCell(money(item.amount), true)
                    + tableCell(money(item.open), true);
            if (anyDisputed)
                html += tableCell(item.disputed ? money(item.disputed) : QString(), true);
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("<tr>")
                + tableCell(QStringLiteral("<b>%1</b>").arg(t.label(QStringLiteral("total")).toHtmlEscaped())) + tableCell({})
                + tableCell({}) + tableCell({}) + tableCell({}) + tableCell(QStringLiteral("<b>%1</b>").arg(money(c.openTotal)), true);
        if (anyDisputed)
            html += tableCell(QStringLiteral("<b>%1</b>").arg(money(c.disputedTotal)), true);
        html += QStringLiteral("</tr></table>");
    }

    // Totals.
    html += QStringLiteral("<table align=\"right\" cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:8px;\">");
    auto totalRow = [&](const QString &label, MinorUnits amount, bool bold) {
        const QString open = bold ? QStringLiteral("<b>") : QString();
        const QString close = bold ? QStringLiteral("</b>") : QString();
        html += QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\" style=\"padding-left:24px;\">%1%4%3</td></tr>")
                        .arg(open, label.toHtmlEscaped(), close, formatMoney(amount, currency, locale));
    };
    totalRow(t.label(QStringLiteral("total_open")), c.openTotal, false);
    if (c.unapplied != 0)
        totalRow(t.label(QStringLiteral("unapplied")), -c.unapplied, false);
    const MinorUnits interestTotal = c.interestTotal();
    if (interestTotal != 0)
        totalRow(t.label(QStringLiteral("interest")), interestTotal, false);
    totalRow(t.label(QStringLiteral("balance")), c.balance() + interestTotal, true);
    totalRow(t.label(QStringLiteral("overdue_total")), c.overdueTotal, false);
    if (c.disputedTotal != 0)
        totalRow(t.label(QStringLiteral("disputed")), c.disputedTotal, false);
    html += QStringLiteral("</table><br clear=\"all\"/>");

    // Interest and fees, when the interest service supplied them.
    if (!c.interest.empty()) {
        html += QStringLiteral("<p style=\"margin-top:10px;\"><b>%1</b></p>")
                        .arg(t.label(QStringLiteral("interest")).toHtmlEscaped());
        html += tableStart() + QStringLiteral("<tr>") + tableHeaderCell(t.label(QStringLiteral("invoice")))
                + tableHeaderCell(t.label(QStringLiteral("days")), true)
                + tableHeaderCell(t.label(QStringLiteral("interest_rate")), true)
                + tableHeaderCell(withCurrency(t.label(QStringLiteral("interest_amount"))), true)
                + tableHeaderCell(withCurrency(t.label(QStringLiteral("compensation"))), true) + QStringLiteral("</tr>");
        const QString none = QStringLiteral("–");
        for (const LetterInterest &line : c.interest)
            html += QStringLiteral("<tr>") + tableCell(line.invoiceNumber.toHtmlEscaped())
                    + tableCell(locale.toString(line.daysLate), true)
                    + tableCell(line.ratePpm ? formatPercent(roundedDivide(*line.ratePpm, 100), locale) : none, true)
                    + tableCell(line.interest ? money(*line.interest) : none, true)
                    + tableCell(line.compensation ? money(*line.compensation) : none, true) + QStringLiteral("</tr>");
        html += QStringLiteral("</table>");
    }

    // Aging summary.
    html += QStringLiteral("<p style=\"margin-top:10px;\"><b>%1</b></p>")
                    .arg(t.label(QStringLiteral("aging")).toHtmlEscaped());
    html += tableStart() + QStringLiteral("<tr>");
    for (int b = 0; b < c.buckets.bucketCount(); ++b)
        html += tableHeaderCell(bucketLabel(c.buckets, b, t.texts), true);
    html += tableHeaderCell(withCurrency(t.label(QStringLiteral("total"))), true) + QStringLiteral("</tr><tr>");
    for (int b = 0; b < c.buckets.bucketCount(); ++b)
        html += tableCell(money(b < static_cast<int>(c.aging.size()) ? c.aging[b] : 0), true);
    html += tableCell(QStringLiteral("<b>%1</b>").arg(money(c.openTotal)), true) + QStringLiteral("</tr></table>");

    // Pay by, payment instructions, closing.
    if (c.balance() > 0)
        html += QStringLiteral("<p style=\"margin-top:12px;\"><b>%1: %2</b></p>")
                        .arg(t.label(QStringLiteral("pay_by")).toHtmlEscaped(), formatDate(c.payBy, locale));
    if (!c.paymentInstructions.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                        .arg(t.label(QStringLiteral("payment_instructions")).toHtmlEscaped(),
                             htmlLines(c.paymentInstructions));
    html += QStringLiteral("<p style=\"margin-top:12px;\">%1</p>")
                    .arg(t.get(QStringLiteral("closing")).toHtmlEscaped());
    if (!c.sender.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(c.sender.section(u'\n', 0, 0).trimmed().toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

QByteArray renderLetter(const LetterContent &content)
{
    const Texts t = textsFor(content);
    const PdfOptions options = letterPdfOptions(
            t.get(QStringLiteral("subject")), t.get(QStringLiteral("title")), content.asOf, content.sender,
            t.label(QStringLiteral("page")), content.training ? t.label(QStringLiteral("training")) : QString());
    return renderPdf(letterHtml(content), options);
}

QString fileNameSafe(const QString &text)
{
    QString out;
    for (const QChar ch : text) {
        const bool keep = (ch.unicode() < 128 && ch.isLetterOrNumber()) || ch == u'-' || ch == u'_' || ch == u'.';
        out += keep ? ch : QChar(u'-');
    }
    for (qsizetype i = 0; i < out.size() && out[i] == u'.'; ++i)
        out[i] = u'-'; // no hidden files, no ".."
    return out.isEmpty() ? QStringLiteral("-") : out;
}

QString letterFileName(const LetterContent &content)
{
    const QString code = fileNameSafe(content.customer.code);
    const QString date = content.asOf.toString(Qt::ISODate);
    if (content.kind == u"statement")
        return QStringLiteral("%1-statement-%2.pdf").arg(code, date);
    return QStringLiteral("%1-%2-%3-%4.pdf").arg(code, fileNameSafe(content.kind)).arg(content.level).arg(date);
}

} // namespace ardesk::documents
