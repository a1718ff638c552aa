#include "plan_agreement.h"

#include "document_format.h"
#include "letter_renderer.h"
#include "letter_templates.h"
#include "pdf_document.h"

#include <QStringList>

namespace ardesk::documents {

namespace {

QString heading(const QString &text)
{
    return QStringLiteral("<p style=\"margin-top:12px;\"><b>%1</b></p>").arg(text.toHtmlEscaped());
}

struct Texts
{
    TemplateTexts texts;
    QHash<QString, QString> values;
    QString get(const QString &key) const { return fillPlaceholders(texts.value(key), values); }
    QString label(const QString &name) const { return get(QStringLiteral("label.") + name); }
};

QDate lastDue(const PlanAgreementContent &c)
{
    QDate last;
    for (const PlanInstalment &instalment : c.instalments)
        if (!last.isValid() || instalment.dueDate > last)
            last = instalment.dueDate;
    return last;
}

QDate firstDue(const PlanAgreementContent &c)
{
    for (const PlanInstalment &instalment : c.instalments)
        if (instalment.seq > 0)
            return instalment.dueDate;
    return c.plan.createdDate;
}

Texts textsFor(const PlanAgreementContent &c)
{
    Texts t;
    t.texts = letterTexts(QStringLiteral("plan_agreement"), c.language, c.templateOverride.value_or(QString()));
    const QLocale locale = documentLocale(c.language);
    const QString currency = c.plan.currency;
    const QString sender = c.sender.section(u'\n', 0, 0).trimmed();
    t.values = {{QStringLiteral("customer_name"), c.customer.name},
                {QStringLiteral("customer_code"), c.customer.code},
                {QStringLiteral("contact"), c.contact ? c.contact->name : c.customer.name},
                {QStringLiteral("plan_id"), QString::number(c.plan.id)},
                {QStringLiteral("agreement_date"), formatDate(c.plan.createdDate, locale)},
                {QStringLiteral("plan_total"), formatMoney(c.plan.total, currency, locale)},
                {QStringLiteral("down_payment"), formatMoney(c.plan.downPayment, currency, locale)},
                {QStringLiteral("grace_days"), locale.toString(c.plan.graceDays)},
                {QStringLiteral("first_due"), formatDate(firstDue(c), locale)},
                {QStringLiteral("last_due"), formatDate(lastDue(c), locale)},
                {QStringLiteral("date"), formatDate(c.plan.createdDate, locale)},
                {QStringLiteral("sender"), sender}};
    // Without a sender (setting documents.sender) the creditor signs as "the creditor".
    if (sender.isEmpty())
        t.values.insert(QStringLiteral("sender"), t.texts.value(QStringLiteral("label.creditor")));
    return t;
}

QString frequencyText(const Texts &t, const QString &frequency)
{
    if (frequency == u"weekly")
        return t.label(QStringLiteral("frequency_weekly"));
    if (frequency == u"biweekly")
        return t.label(QStringLiteral("frequency_biweekly"));
    return t.label(QStringLiteral("frequency_monthly"));
}

} // namespace

QString planAgreementHtml(const PlanAgreementContent &c)
{
    const Texts t = textsFor(c);
    const QLocale locale = documentLocale(c.language);
    const QString currency = c.plan.currency;
    auto money = [&](MinorUnits minor) { return formatAmount(minor, currency, locale); };
    auto withCurrency = [&](const QString &label) { return QStringLiteral("%1 (%2)").arg(label, currency); };

    QString html = QStringLiteral("<html><body>");
    // Heading: sender left; title, date, customer and plan number right.
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
                           "%2: %3<br/>%4: %5<br/>%6: %7</td></tr></table>")
                    .arg(t.get(QStringLiteral("title")).toHtmlEscaped(),
                         t.label(QStringLiteral("date")).toHtmlEscaped(), formatDate(c.plan.createdDate, locale),
                         t.label(QStringLiteral("customer_code")).toHtmlEscaped(), c.customer.code.toHtmlEscaped(),
                         t.label(QStringLiteral("plan_no")).toHtmlEscaped(), QString::number(c.plan.id));

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

    // The items on the plan, as open on the agreement date.
    html += heading(t.label(QStringLiteral("plan_items")));
    html += tableStart() + QStringLiteral("<tr>") + tableHeaderCell(t.label(QStringLiteral("invoice")))
            + tableHeaderCell(t.label(QStringLiteral("issued"))) + tableHeaderCell(t.label(QStringLiteral("due")))
            + tableHeaderCell(withCurrency(t.label(QStringLiteral("amount"))), true)
            + tableHeaderCell(withCurrency(t.label(QStringLiteral("open_on"))), true) + QStringLiteral("</tr>");
    for (const AgreementItem &item : c.items)
        html += QStringLiteral("<tr>") + tableCell(item.number.toHtmlEscaped()) + tableCell(formatDate(item.issueDate, locale))
                + tableCell(formatDate(item.dueDate, locale)) + tableCell(money(item.amount), true)
                + tableCell(money(item.open), true) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>")
            + tableCell(QStringLiteral("<b>%1</b>").arg(t.label(QStringLiteral("total")).toHtmlEscaped())) + tableCell({})
            + tableCell({}) + tableCell({}) + tableCell(QStringLiteral("<b>%1</b>").arg(money(c.itemsTotal())), true)
            + QStringLiteral("</tr></table>");

    // The plan at a glance (left) beside the schedule (right).
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td width=\"44%\" valign=\"top\" style=\"padding-right:16px;\">");
    html += heading(t.label(QStringLiteral("summary")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    auto summaryRow = [&](const QString &label, const QString &value, bool bold = false) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\" style=\"white-space:nowrap;\">%2%3%4</td></tr>")
                        .arg(label.toHtmlEscaped(), bold ? QStringLiteral("<b>") : QString(), value.toHtmlEscaped(),
                             bold ? QStringLiteral("</b>") : QString());
    };
    summaryRow(t.label(QStringLiteral("agreement_date")), formatDate(c.plan.createdDate, locale));
    summaryRow(t.label(QStringLiteral("plan_total")), formatMoney(c.plan.total, currency, locale), true);
    if (c.plan.downPayment > 0)
        summaryRow(t.label(QStringLiteral("down_payment")), formatMoney(c.plan.downPayment, currency, locale));
    summaryRow(t.label(QStringLiteral("instalments")), locale.toString(c.instalmentCount()));
    summaryRow(t.label(QStringLiteral("frequency")), frequencyText(t, c.plan.frequency));
    summaryRow(t.label(QStringLiteral("grace_days")), locale.toString(c.plan.graceDays));
    html += QStringLiteral("</table></td><td width=\"56%\" valign=\"top\">");
    html += heading(t.label(QStringLiteral("schedule")));
    html += tableStart() + QStringLiteral("<tr>") + tableHeaderCell(t.label(QStringLiteral("instalment")))
            + tableHeaderCell(t.label(QStringLiteral("due"))) + tableHeaderCell(withCurrency(t.label(QStringLiteral("amount"))), true)
            + QStringLiteral("</tr>");
    MinorUnits scheduled = 0;
    for (const PlanInstalment &instalment : c.instalments) {
        scheduled += instalment.amount;
        const QString number = instalment.seq == 0 ? t.label(QStringLiteral("down_payment")).toHtmlEscaped()
                                                   : locale.toString(instalment.seq);
        html += QStringLiteral("<tr>") + tableCell(number) + tableCell(formatDate(instalment.dueDate, locale))
                + tableCell(money(instalment.amount), true) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("<tr>")
            + tableCell(QStringLiteral("<b>%1</b>").arg(t.label(QStringLiteral("total")).toHtmlEscaped())) + tableCell({})
            + tableCell(QStringLiteral("<b>%1</b>").arg(money(scheduled)), true) + QStringLiteral("</tr></table>");
    html += QStringLiteral("</td></tr></table>");

    // Terms, default, payment instructions.
    for (const QString &paragraph : t.get(QStringLiteral("terms")).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p style=\"margin-top:10px;\">%1</p>").arg(htmlLines(paragraph));
    html += heading(t.label(QStringLiteral("if_default")));
    for (const QString &paragraph : t.get(QStringLiteral("default")).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(htmlLines(paragraph));
    if (!c.paymentInstructions.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                        .arg(t.label(QStringLiteral("payment_instructions")).toHtmlEscaped(),
                             htmlLines(c.paymentInstructions));
    html += QStringLiteral("<p style=\"margin-top:10px;\">%1</p>")
                    .arg(t.get(QStringLiteral("sign_request")).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(t.get(QStringLiteral("closing")).toHtmlEscaped());

    // Signature lines: the creditor left, the customer right; place and date, then the signature.
    const QString rule = QStringLiteral("<td width=\"23%\" style=\"border-bottom:1px solid #000000;\">&nbsp;</td>");
    const QString gap = QStringLiteral("<td width=\"4%\"></td>");
    const QString caption = QStringLiteral("<td><small>%1</small></td>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:14px;\">");
    html += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td>%3<td colspan=\"2\"><b>%2</b></td></tr>")
                    .arg(t.label(QStringLiteral("for_creditor")).toHtmlEscaped(),
                         t.label(QStringLiteral("for_customer")).toHtmlEscaped(), gap);
    html += QStringLiteral("<tr><td colspan=\"5\"><br/><br/></td></tr>");
    html += QStringLiteral("<tr>") + rule + rule + gap + rule + rule + QStringLiteral("</tr><tr>");
    for (int side = 0; side < 2; ++side) {
        if (side == 1)
            html += gap;
        html += caption.arg(t.label(QStringLiteral("place_date")).toHtmlEscaped())
                + caption.arg(t.label(QStringLiteral("signature")).toHtmlEscaped());
    }
    html += QStringLiteral("</tr></table></body></html>");
    return html;
}

QByteArray renderPlanAgreement(const PlanAgreementContent &content)
{
    const Texts t = textsFor(content);
    // The page label raw: its {page} and {pages} are the PDF writer's, not the template's.
    const PdfOptions options = letterPdfOptions(
            t.get(QStringLiteral("subject")), t.get(QStringLiteral("title")), content.plan.createdDate,
            content.sender, t.texts.value(QStringLiteral("label.page")),
            content.training ? t.label(QStringLiteral("training")) : QString());
    return renderPdf(planAgreementHtml(content), options);
}

QString planAgreementFileName(const PlanAgreementContent &content)
{
    return QStringLiteral("%1-plan-%2-agreement-%3.pdf")
            .arg(fileNameSafe(content.customer.code))
            .arg(content.plan.id)
            .arg(content.plan.createdDate.toString(Qt::ISODate));
}

Result<PrintedAgreement> printPlanAgreement(Session &session, Id planId)
{
    PlanAgreementService service(session);
    const auto content = service.agreement(planId);
    if (!content)
        return std::unexpected(content.error());
    PrintedAgreement printed;
    printed.pdf = renderPlanAgreement(*content);
    printed.fileName = planAgreementFileName(*content);
    printed.customerCode = content->customer.code;
    printed.language = content->language;
    const auto recorded = service.recordAgreement(*content, printed.pdf);
    if (!recorded)
        return std::unexpected(recorded.error());
    printed.letterId = recorded->letterId;
    printed.firstPrint = recorded->newRecord;
    return printed;
}

} // namespace ardesk::documents
